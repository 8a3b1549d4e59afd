import Foundation
import TerminalKit
import Testing

@testable import TerminalUI

/// Real ncurses sessions writing to a file (no TTY needed). ncurses state is
/// process-global, so these run one at a time.
@Suite("Curses session on files", .serialized)
struct CursesSessionTests {
    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("costscope-tui-\(UUID().uuidString).out").path
    }

    private func bytes(at path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    private func open(_ path: String, type: String = "xterm-256color", options: TerminalOptions = TerminalOptions())
        throws -> CursesTerminal
    {
        try CursesTerminal(options: options, device: .files(output: path, input: "/dev/null", terminalType: type))
    }

    @Test("draws Cyrillic and CJK as UTF-8, then only the changed cells, then restores the screen")
    func drawsUnicode() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let terminal = try open(path, options: TerminalOptions(colorMode: .always))
        #expect(terminal.unicodeOK)
        #expect(terminal.colorDepth == .palette256)
        let size = terminal.size
        #expect(size.width > 20 && size.height > 3)

        var frame = Frame(size: size)
        frame.put("Сервер", x: 2, y: 1, style: Style(.title))
        frame.put("漢字", x: 2, y: 2)
        frame.put("failed", x: 2, y: 3, style: Style(.error))
        terminal.draw(frame)
        let afterFirst = try bytes(at: path)
        #expect(afterFirst.contains(subsequence: Array("Сервер".utf8)))
        #expect(afterFirst.contains(subsequence: Array("漢字".utf8)))
        #expect(afterFirst.contains(subsequence: Array("38;5;196".utf8)))  // error role, 256 colours

        var next = frame
        next.put("Ж", x: 10, y: 1)
        terminal.draw(next)
        let afterSecond = try bytes(at: path)
        let update = Array(afterSecond[afterFirst.count...])
        #expect(update.contains(subsequence: Array("Ж".utf8)))
        #expect(!update.contains(subsequence: Array("Сервер".utf8)))
        #expect(!update.contains(subsequence: Array("漢字".utf8)))

        terminal.draw(next)
        #expect(try bytes(at: path).count == afterSecond.count)  // identical frame: nothing sent

        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == nil)  // /dev/null: no keys

        terminal.shutdown()
        #expect(!terminal.isActive)
        terminal.shutdown()  // idempotent
        let final = try bytes(at: path)
        let tail = Array(final[afterSecond.count...])
        #expect(tail.contains(subsequence: Array("\u{1B}[?1049l".utf8)))  // left the alternate screen
        #expect(tail.contains(subsequence: Array("\u{1B}[?25h".utf8)))  // cursor visible again
    }

    @Test("a forced repaint sends the whole screen again")
    func forcedRepaint() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let terminal = try open(path)
        defer { terminal.shutdown() }
        var frame = Frame(size: terminal.size)
        frame.put("Сервер", x: 0, y: 0)
        terminal.draw(frame)
        let before = try bytes(at: path).count
        terminal.forceFullRepaint()
        terminal.draw(frame)
        let update = Array(try bytes(at: path)[before...])
        #expect(update.contains(subsequence: Array("Сервер".utf8)))
    }

    @Test("colour depth follows the colour mode and the terminal")
    func colorDepths() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        for (type, mode, expected) in [
            ("xterm-256color", ColorMode.never, ColorDepth.none),
            ("xterm", .always, .eight),
            ("rxvt-unicode", .always, .sixteen),  // 88 colours
            ("vt100", .always, .none),
        ] {
            let terminal = try open(path, type: type, options: TerminalOptions(colorMode: mode))
            #expect(terminal.colorDepth == expected, "\(type) \(mode)")
            var frame = Frame(size: terminal.size)
            frame.put("ok", x: 0, y: 0, style: Style(.selection))
            terminal.draw(frame)
            terminal.shutdown()
        }
    }

    @Test("ASCII can be forced")
    func forcedASCII() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let terminal = try open(path, options: TerminalOptions(ascii: true))
        #expect(!terminal.unicodeOK)
        var frame = Frame(size: terminal.size)
        frame.put("Сервер", x: 0, y: 0)
        terminal.draw(frame)
        terminal.shutdown()
        let output = try bytes(at: path)
        #expect(!output.contains(subsequence: Array("Сервер".utf8)))
        #expect(output.contains(subsequence: Array("??????".utf8)))
    }

    @Test("an unknown terminal type is a typed error, not an exit")
    func unknownType() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: TerminalError.unknownTerminalType("no-such-terminal-xyz")) {
            try open(path, type: "no-such-terminal-xyz")
        }
        // The failed attempt released the session slot.
        try open(path).shutdown()
    }

    @Test("a terminal that cannot move the cursor is refused")
    func dumbTerminal() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: TerminalError.unsupportedTerminalType("dumb")) { try open(path, type: "dumb") }
        try open(path).shutdown()
    }

    @Test("only one session at a time")
    func singleSession() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let terminal = try open(path)
        #expect(throws: TerminalError.sessionAlreadyActive) { try open(path) }
        terminal.shutdown()
    }

    @Test("standard streams that are not terminals are refused", .enabled(if: isatty(STDIN_FILENO) == 0))
    func notATerminal() {
        #expect(throws: TerminalError.inputNotATerminal) { try CursesTerminal(options: TerminalOptions()) }
    }

    @Test("errors read as sentences")
    func errorDescriptions() {
        #expect(TerminalError.unknownTerminalType("foo").description.contains("'foo'"))
        #expect(TerminalError.terminalTypeUnset.description.contains("TERM"))
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs as a contiguous run.
    fileprivate func contains(subsequence needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        for start in 0...(count - needle.count) where self[start] == needle[0] {
            if Array(self[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }
}
