import Foundation
import TerminalKit
import Testing

@testable import TerminalUI

// Part of the serialized curses-session suite: ncurses state is process-global.
extension CursesSessionTests {
    @Test("with the mouse on, reporting is switched on and switched off again at shutdown")
    func mouseReportingIsRestored() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "costscope-mouse-\(UUID().uuidString).out"
        ).path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let terminal = try CursesTerminal(
            options: TerminalOptions(mouse: true),
            device: .files(output: path, input: "/dev/null", terminalType: "xterm-256color"))
        #expect(terminal.mouseReporting)
        terminal.draw(Frame(size: terminal.size))
        let started = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(started.contains("1000h"), "\(started.debugDescription)")
        terminal.shutdown()
        let ended = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        let tail = ended.dropFirst(started.count)
        #expect(tail.contains("1000l"), "\(tail.debugDescription)")
    }

    @Test("without the mouse option no mouse reporting is asked for")
    func noMouseByDefault() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "costscope-nomouse-\(UUID().uuidString).out"
        ).path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let terminal = try CursesTerminal(
            options: TerminalOptions(),
            device: .files(output: path, input: "/dev/null", terminalType: "xterm-256color"))
        #expect(!terminal.mouseReporting)
        terminal.draw(Frame(size: terminal.size))
        terminal.shutdown()
        let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(!written.contains("1000h"))
    }
}
