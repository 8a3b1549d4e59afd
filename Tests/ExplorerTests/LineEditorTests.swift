import Testing

@testable import Explorer

@Suite struct LineEditorTests {
    @Test func typingDeletingAndClearingEditTheLineAndEnterSubmitsIt() {
        var editor = LineEditor()
        for character in "2026-11" { #expect(editor.apply(.character(character)) == .edited) }
        #expect(editor.apply(.backspace) == .edited)
        #expect(editor.text == "2026-1")
        #expect(editor.apply(.up) == .ignored)
        #expect(editor.apply(.enter) == .submitted("2026-1"))
        #expect(editor.apply(.control("u")) == .edited)
        #expect(editor.text.isEmpty)
        #expect(editor.apply(.delete) == .edited, "deleting from an empty line is harmless")
        #expect(editor.apply(.escape) == .cancelled)
        #expect(editor.apply(.control("c")) == .quit)
    }

    @Test func everyOverlayQuitsOnControlCAndEveryKindCanBeClosed() {
        for kind in [ModalKeyBinding.Kind.menu, .changes, .prompt] {
            #expect(Keymap.modalCommand(for: .control("c"), in: kind) == .quit)
            #expect(Keymap.modalCommand(for: .escape, in: kind) == .close)
        }
        #expect(Keymap.modalCommand(for: .character("q"), in: .changes) == .close)
        #expect(Keymap.modalCommand(for: .character("q"), in: .prompt) == nil, "q is typed in a prompt")
    }
}

@Suite struct ModalListCursorTests {
    @Test func movesStayInsideTheListAndOtherCommandsDoNotMove() {
        typealias Command = ModalKeyBinding.Command
        #expect(Command.up.movedCursor(0, count: 3) == 0)
        #expect(Command.down.movedCursor(2, count: 3) == 2)
        #expect(Command.down.movedCursor(0, count: 0) == 0)
        #expect(Command.last.movedCursor(0, count: 5) == 4)
        #expect(Command.first.movedCursor(4, count: 5) == 0)
        #expect(Command.choose.movedCursor(1, count: 5) == nil)
    }

    @Test func aListOverlaysKeysMoveCloseChooseOrQuit() {
        #expect(Keymap.listKey(.down, in: .changes, cursor: 0, count: 3) == .moved(1))
        #expect(Keymap.listKey(.character("G"), in: .menu, cursor: 0, count: 3) == .moved(2))
        #expect(Keymap.listKey(.character("q"), in: .changes, cursor: 0, count: 3) == .closed)
        #expect(Keymap.listKey(.character("l"), in: .menu, cursor: 0, count: 3) == .chosen)
        #expect(Keymap.listKey(.character("l"), in: .changes, cursor: 0, count: 3) == .ignored)
        #expect(Keymap.listKey(.control("c"), in: .menu, cursor: 0, count: 3) == .quit)
    }
}
