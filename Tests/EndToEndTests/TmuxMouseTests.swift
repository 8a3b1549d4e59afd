import Foundation
import Testing

/// `--mouse` in a real terminal: clicks arrive as xterm SGR mouse reports typed into tmux.
@Suite("Mouse end to end in tmux")
struct TmuxMouseTests {
    @Test func clicksSelectDrillAndGoBackAndQuittingSwitchesReportingOff() async throws {
        let command =
            "env TERM=xterm-256color LANG=C.UTF-8 '\(Binary.path)' demo --account selectel-demo --now 2026-11-20 --mouse; echo \"EXIT=$?\"; sleep 60"
        let tmux = try TmuxSession(width: 120, height: 40, command: command)
        var screen = try await tmux.waitFor { $0.contains("✓ selectel-demo") && $0.contains("Total") }
        #expect(try tmux.display("#{mouse_sgr_flag}") == "1", "the explorer must ask for SGR mouse reports")

        let staging = try #require(Self.cell(of: "staging", in: screen), "\(screen)")
        try tmux.click(staging)
        screen = try await tmux.waitFor { $0.contains("▶ staging") }
        #expect(screen.contains("▶ staging"), "a click selects the row:\n\(screen)")

        try tmux.click(staging)
        screen = try await tmux.waitFor { $0.contains("All projects › staging") }
        #expect(screen.contains("[Objects]"), "a second click drills in:\n\(screen)")

        let path = try #require(Self.cell(of: "All projects", in: screen), "\(screen)")
        try tmux.click(path)
        screen = try await tmux.waitFor { $0.contains("[Projects]") }
        #expect(screen.contains("▶ staging"), "a click on the path goes back to the row:\n\(screen)")

        try tmux.send("q")
        screen = try await tmux.waitFor { $0.contains("EXIT=") }
        #expect(screen.contains("EXIT=0"), "\(screen)")
        #expect(try tmux.display("#{mouse_any_flag}") == "0", "mouse reporting must be off after quit")
        #expect(try tmux.display("#{mouse_sgr_flag}") == "0")
    }

    /// The 0-based column and line where `text` first appears on the screen.
    static func cell(of text: String, in screen: String) -> (x: Int, y: Int)? {
        for (y, line) in screen.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: text) {
                return (line.distance(from: line.startIndex, to: range.lowerBound), y)
            }
        }
        return nil
    }
}

extension TmuxSession {
    /// Types a primary-button press and release at a 0-based cell, as an xterm in SGR mode reports them.
    fileprivate func click(_ cell: (x: Int, y: Int)) throws {
        let position = "\(cell.x + 1);\(cell.y + 1)"
        try send("-l", "\u{1B}[<0;\(position)M\u{1B}[<0;\(position)m")
    }
}
