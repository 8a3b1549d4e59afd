import Foundation
import Testing

@testable import TerminalUI

@Suite("OSC 52 clipboard sequence")
struct ClipboardSequenceTests {
    @Test func theBytesAreExact() {
        let bytes = ClipboardSequence.bytes(for: "costscope report --demo --range last-30-days")
        let expected =
            [0x1B] + Array("]52;c;Y29zdHNjb3BlIHJlcG9ydCAtLWRlbW8gLS1yYW5nZSBsYXN0LTMwLWRheXM=".utf8) + [0x07]
        #expect(bytes == expected)
    }

    @Test func textIsEncodedAsUTF8() {
        #expect(ClipboardSequence.bytes(for: "отчёт") == [0x1B] + Array("]52;c;0L7RgtGH0ZHRgg==".utf8) + [0x07])
    }
}

extension CursesSessionTests {
    @Test("copyToClipboard writes the OSC 52 sequence to the terminal's output")
    func copiesOverOSC52() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("costscope-osc52-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let terminal = try CursesTerminal(
            options: TerminalOptions(), device: .files(output: path, input: "/dev/null", terminalType: "xterm"))
        terminal.copyToClipboard("costscope report --demo --range last-30-days")
        terminal.shutdown()
        let written = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let sequence = ClipboardSequence.bytes(for: "costscope report --demo --range last-30-days")
        let found = written.indices.contains { start in
            start + sequence.count <= written.count && Array(written[start..<(start + sequence.count)]) == sequence
        }
        #expect(found)
    }
}
