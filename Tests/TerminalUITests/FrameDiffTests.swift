import TerminalKit
import Testing

@testable import TerminalUI

@Suite("Frame diff and render plan")
struct FrameDiffTests {
    private func sampleFrame() -> Frame {
        var frame = Frame(size: TerminalSize(width: 20, height: 4))
        frame.put("costscope", x: 0, y: 0, style: Style(.title))
        frame.put("Сервер 漢字", x: 0, y: 1)
        frame.put("> row one", x: 0, y: 2, style: Style(.selection))
        frame.put("  row two", x: 0, y: 3)
        return frame
    }

    @Test("the first frame writes every cell once, skipping continuations")
    func firstFrame() {
        let frame = sampleFrame()
        let changes = FrameDiff.changes(from: nil, to: frame)
        // 4 rows × 20 cells, minus one continuation for each of the two CJK characters.
        #expect(changes.count == 80 - 2)
        #expect(changes.contains(CellWrite(x: 7, y: 1, text: "漢", style: .plain, isWide: true)))
        #expect(!changes.contains { $0.y == 1 && ($0.x == 8 || $0.x == 10) })
    }

    @Test("the same frame twice yields no changes")
    func identicalFrames() {
        let frame = sampleFrame()
        #expect(FrameDiff.changes(from: frame, to: frame).isEmpty)
    }

    @Test("changing one cell yields exactly that change")
    func oneCell() {
        let frame = sampleFrame()
        var next = frame
        next.put("X", x: 5, y: 3)
        #expect(FrameDiff.changes(from: frame, to: next) == [CellWrite(x: 5, y: 3, text: "X", style: .plain)])
    }

    @Test("a restyled cell is a change")
    func restyle() {
        let frame = sampleFrame()
        var next = frame
        next.restyle(x: 2, y: 3, width: 1, style: Style(.key))
        #expect(FrameDiff.changes(from: frame, to: next) == [CellWrite(x: 2, y: 3, text: "r", style: Style(.key))])
    }

    @Test("a new wide character is one write and its continuation none")
    func wideCharacter() {
        let frame = sampleFrame()
        var next = frame
        next.put("字", x: 12, y: 3)
        let expected = [CellWrite(x: 12, y: 3, text: "字", style: .plain, isWide: true)]
        #expect(FrameDiff.changes(from: frame, to: next) == expected)
    }

    @Test("replacing a wide character by two narrow ones writes both cells")
    func wideToNarrow() {
        let frame = sampleFrame()
        var next = frame
        next.put("ab", x: 7, y: 1)
        #expect(
            FrameDiff.changes(from: frame, to: next) == [
                CellWrite(x: 7, y: 1, text: "a", style: .plain), CellWrite(x: 8, y: 1, text: "b", style: .plain),
            ]
        )
    }

    @Test("half of an overwritten wide character is drawn as a space")
    func brokenWideCharacter() {
        let frame = sampleFrame()
        var next = frame
        next.put("|", x: 8, y: 1)  // over the continuation of 漢 at 7
        #expect(
            FrameDiff.changes(from: frame, to: next) == [
                CellWrite(x: 7, y: 1, text: " ", style: .plain), CellWrite(x: 8, y: 1, text: "|", style: .plain),
            ]
        )
    }

    @Test("moving the selection changes only the two rows involved")
    func cursorMove() {
        let frame = sampleFrame()
        var next = frame
        next.put("  row one", x: 0, y: 2)
        next.put("> row two", x: 0, y: 3, style: Style(.selection))
        let changes = FrameDiff.changes(from: frame, to: next)
        #expect(Set(changes.map(\.y)) == [2, 3])
        #expect(changes.count == 18)  // restyled "row one"/"row two" spans including the marker
    }

    @Test("ASCII-only mode replaces non-ASCII text with question marks")
    func asciiOnly() {
        var frame = Frame(size: TerminalSize(width: 6, height: 1))
        frame.put("Щ漢a", x: 0, y: 0)
        let texts = FrameDiff.changes(from: nil, to: frame, asciiOnly: true).map(\.text)
        #expect(texts == ["?", "?", " ", "a", " ", " "])
    }

    @Test("the renderer clears on the first frame and on a size change, then sends only differences")
    func rendererPlan() {
        var renderer = FrameRenderer(theme: .dark, depth: .palette256)
        let frame = sampleFrame()
        let first = renderer.render(frame)
        #expect(first.clearScreen)
        #expect(first.writes.count == 78)
        #expect(Set(first.newPairs.map(\.number)) == [1, 2])  // title and selection; plain text is pair 0
        let title = first.writes.first { $0.x == 0 && $0.y == 0 }
        #expect(title?.attributes.bold == true)
        let second = renderer.render(frame)
        #expect(!second.clearScreen && second.writes.isEmpty && second.newPairs.isEmpty)

        var changed = frame
        changed.put("!", x: 19, y: 0, style: Style(.title))
        let third = renderer.render(changed)
        #expect(third.writes.count == 1 && third.newPairs.isEmpty)
        #expect(third.writes.first?.attributes == title?.attributes)

        let resized = renderer.render(Frame(size: TerminalSize(width: 10, height: 2)))
        #expect(resized.clearScreen && resized.writes.count == 20)

        renderer.invalidate()
        #expect(renderer.render(Frame(size: TerminalSize(width: 10, height: 2))).clearScreen)
    }

    @Test("changing the theme repaints everything")
    func themeChange() {
        var renderer = FrameRenderer(theme: .dark, depth: .palette256)
        let frame = sampleFrame()
        _ = renderer.render(frame)
        renderer.theme = .monochrome
        let plan = renderer.render(frame)
        #expect(plan.clearScreen && plan.writes.count == 78)
    }
}
