import Foundation
import Testing

/// The interactive loop lets the time-series strip catch up with the cursor once keys stop.
@Suite("Strip catches up in tmux", .serialized)
struct TmuxStripSettleTests {
    @Test func afterAPauseTheStripShowsTheSelectedRow() async throws {
        let command =
            "env TERM=xterm-256color LANG=C.UTF-8 '\(Binary.path)' demo --account selectel-demo --now 2026-11-20; sleep 60"
        let tmux = try TmuxSession(width: 120, height: 40, command: command)
        var screen = try await tmux.waitFor { $0.contains("Total") && $0.contains("▶ ml-platform") }
        #expect(screen.contains("cost › ml-platform"), "\(screen)")
        try tmux.send("j")
        screen = try await tmux.waitFor { $0.contains("cost › production") }
        #expect(screen.contains("▶ production"), "\(screen)")
        try tmux.send("q")
    }
}
