import Foundation
import Testing

/// The real binary in a real terminal (tmux): keys in, screens out.
@Suite("End to end in tmux", .serialized)
struct TmuxEndToEndTests {
    @Test func drillBackHelpResizeAndQuitRestoresTheTerminal() async throws {
        let command =
            "env TERM=xterm-256color LANG=C.UTF-8 '\(Binary.path)' demo --account selectel-demo --now 2026-11-20; echo \"EXIT=$?\"; sleep 60"
        let tmux = try TmuxSession(width: 120, height: 40, command: command)

        var screen = try await tmux.waitFor { $0.contains("✓ selectel-demo") && $0.contains("Total") }
        #expect(screen.contains("[Projects]"), "\(screen)")
        #expect(screen.contains("▶ ml-platform"), "\(screen)")
        #expect(try tmux.display("#{alternate_on}") == "1")

        try tmux.send("j", "Enter")
        screen = try await tmux.waitFor { $0.contains("All projects › production") }
        #expect(screen.contains("[Objects]"), "\(screen)")
        #expect(screen.contains("└─ "), "\(screen)")

        try tmux.send("Escape")
        screen = try await tmux.waitFor { $0.contains("[Projects]") }
        #expect(screen.contains("▶ production"), "back must land on the same row:\n\(screen)")

        try tmux.send("?")
        screen = try await tmux.waitFor { $0.contains("Keys: Spend pane") }
        #expect(screen.contains("drill into the row"), "\(screen)")
        try tmux.send("Escape")
        screen = try await tmux.waitFor { !$0.contains("Keys: Spend pane") }
        #expect(screen.contains("▶ production"), "\(screen)")

        try tmux.resize(width: 40, height: 10)
        screen = try await tmux.waitFor { $0.contains("Terminal too small") }
        #expect(screen.contains("40x10"), "\(screen)")
        try tmux.resize(width: 100, height: 30)
        screen = try await tmux.waitFor { $0.contains("[Projects]") && !$0.contains("too small") }
        #expect(screen.contains("▶ production"), "\(screen)")

        try tmux.send("q")
        screen = try await tmux.waitFor { $0.contains("EXIT=") }
        #expect(screen.contains("EXIT=0"), "\(screen)")
        #expect(try tmux.display("#{alternate_on}") == "0")
        #expect(try tmux.display("#{cursor_flag}") == "1")
        #expect(!screen.contains("[Projects]"), "the explorer must be gone after quit:\n\(screen)")
    }

    @Test func ctrlCQuitsAndRestoresTheTerminal() async throws {
        let command =
            "env TERM=xterm-256color LANG=C.UTF-8 '\(Binary.path)' demo --account selectel-demo --now 2026-11-20; echo \"EXIT=$?\"; sleep 60"
        let tmux = try TmuxSession(width: 80, height: 24, command: command)
        try await tmux.waitFor { $0.contains("Total") }
        try tmux.send("C-c")
        let screen = try await tmux.waitFor { $0.contains("EXIT=") }
        #expect(screen.contains("EXIT=0"), "\(screen)")
        #expect(try tmux.display("#{alternate_on}") == "0")
        #expect(try tmux.display("#{cursor_flag}") == "1")
    }

    @Test func withoutAUTF8LocaleItDrawsASCII() async throws {
        let command =
            "env -u LANG -u LC_ALL -u LC_CTYPE TERM=xterm '\(Binary.path)' demo --account selectel-demo --ascii --now 2026-11-20; sleep 60"
        let tmux = try TmuxSession(width: 80, height: 24, command: command)
        let screen = try await tmux.waitFor { $0.contains("Total") }
        #expect(screen.contains("+-"), "\(screen)")
        #expect(screen.contains("RUB"), "\(screen)")
        #expect(!screen.contains("│"), "\(screen)")
        try tmux.send("q")
    }
}
