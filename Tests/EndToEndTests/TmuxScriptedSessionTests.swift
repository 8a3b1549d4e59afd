import Foundation
import Testing

/// One scripted session through the real binary in tmux, the way an engineer would use it:
/// drill into a Selectel server and back, switch to Seeweb and open a server's reserved
/// discounts, filter, shrink the terminal to 60x20 and back, quit — the screen checked at
/// every step and the terminal restored at the end.
@Suite("Scripted session in tmux", .serialized)
struct TmuxScriptedSessionTests {
    @Test func selectelDrillSeewebDiscountsFilterResizeQuit() async throws {
        let command =
            "env TERM=xterm-256color LANG=C.UTF-8 '\(Binary.path)' demo --now 2026-11-20; echo \"EXIT=$?\"; sleep 60"
        let tmux = try TmuxSession(width: 120, height: 40, command: command)

        // Every account loads; the chart opens on the projects of all accounts.
        var screen = try await tmux.waitFor(polls: 2400) {
            $0.contains("✓ selectel-demo") && $0.contains("✓ cloudru-demo") && $0.contains("✓ onapp-demo")
                && $0.contains("✓ seeweb-demo") && $0.contains("✓ f5xc-demo")
        }
        #expect(screen.contains("✓ seeweb-demo"), "\(screen)")
        #expect(try tmux.display("#{alternate_on}") == "1")

        // Selectel alone: Tab past the time-series strip to the accounts pane, its first account, Enter.
        try tmux.send("Tab", "Tab", "Home", "j", "Enter")
        screen = try await tmux.waitFor { $0.contains("1 of 5 accounts") && $0.contains("production") }
        #expect(screen.contains("1 of 5 accounts"), "\(screen)")
        #expect(!screen.contains("eg105465"), "Seeweb groups must be out of the view:\n\(screen)")

        // Into production, then into its largest object (a server with its disks nested).
        try tmux.send("g")
        screen = try await tmux.waitFor { $0.contains("▶ ml-platform") }
        try tmux.send("j", "Enter")
        screen = try await tmux.waitFor { $0.contains("All projects › production") }
        #expect(screen.contains("└─ "), "objects nest under their server:\n\(screen)")
        try tmux.send("Enter")
        screen = try await tmux.waitFor { $0.contains("All projects › production › ") }
        #expect(screen.contains("[Metrics]") || screen.contains("Metrics"), "\(screen)")

        // Back twice: the projects again, the cursor on production.
        try tmux.send("Escape", "Escape")
        screen = try await tmux.waitFor { $0.contains("▶ production") && !$0.contains("All projects ›") }
        #expect(screen.contains("▶ production"), "\(screen)")

        // Seeweb alone: its groups, the second group's third server, its reserved discounts.
        try tmux.send("Tab", "Tab", "Home", "j", "j", "j", "j", "Enter")
        screen = try await tmux.waitFor { $0.contains("All groups") && $0.contains("eg105462") }
        #expect(screen.contains("1 of 5 accounts"), "\(screen)")
        try tmux.send("j", "Enter", "j", "j", "Enter")
        screen = try await tmux.waitFor { $0.contains("Original cost") }
        #expect(screen.contains("All groups › eg105462 › shop-frontend-1"), "\(screen)")
        #expect(screen.contains("Discount"), "\(screen)")
        #expect(screen.contains("Saved"), "\(screen)")
        #expect(screen.range(of: #"\d+(\.\d+)?%"#, options: .regularExpression) != nil, "\(screen)")

        // Back to the groups and filter them with a regular expression.
        try tmux.send("Escape", "Escape")
        screen = try await tmux.waitFor { $0.contains("All groups") && !$0.contains("All groups ›") }
        try tmux.send("/")
        try tmux.send("-l", "eg10546[25]")
        try tmux.send("Enter")
        screen = try await tmux.waitFor { $0.contains("matching /eg10546[25]/") }
        #expect(screen.contains("eg105462"), "\(screen)")
        #expect(screen.contains("eg105465"), "\(screen)")
        #expect(!screen.contains("eg105467"), "the filter must hide other groups:\n\(screen)")

        // Down to 60x20 and back: still drawn (no "too small"), amounts intact, filter kept.
        try tmux.resize(width: 60, height: 20)
        screen = try await tmux.waitFor { $0.split(separator: "\n").first?.count ?? 0 <= 60 && $0.contains("€") }
        #expect(!screen.contains("too small"), "\(screen)")
        #expect(screen.contains("€"), "\(screen)")
        try tmux.resize(width: 120, height: 40)
        screen = try await tmux.waitFor { $0.contains("matching /eg10546[25]/") && $0.contains("Range") }
        #expect(screen.contains("matching /eg10546[25]/"), "\(screen)")

        try tmux.send("q")
        screen = try await tmux.waitFor { $0.contains("EXIT=") }
        #expect(screen.contains("EXIT=0"), "\(screen)")
        #expect(try tmux.display("#{alternate_on}") == "0")
        #expect(try tmux.display("#{cursor_flag}") == "1")
    }
}
