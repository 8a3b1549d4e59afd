import Foundation
import Testing

/// The explorer in a real terminal (tmux) ended by a signal, or quit on a terminal without an
/// alternate screen: the terminal is left as it was found, the exit status names the signal,
/// and no crash report is printed.
@Suite("Explorer ended by signals, in tmux")
struct TmuxSignalTests {
    /// A shell line that runs the demo explorer on `term`, writing its pid to `pidFile` first.
    private func command(term: String, pidFile: String) -> String {
        "ulimit -c 0; env TERM=\(term) LANG=C.UTF-8 sh -c 'echo $$ > \(pidFile); exec \(Binary.path) demo"
            + " --account selectel-demo --now 2026-11-20'; echo \"EXIT=$?\"; sleep 60"
    }

    private func pidFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("costscope-pid-\(UUID().uuidString)").path
    }

    /// Sends `signal` to the explorer once it shows its first frame; returns the screen after it ended.
    private func screenAfter(_ signal: Int32, term: String) async throws -> (screen: String, tmux: TmuxSession) {
        let pids = pidFile()
        defer { try? FileManager.default.removeItem(atPath: pids) }
        let tmux = try TmuxSession(width: 100, height: 30, command: command(term: term, pidFile: pids))
        let first = try await tmux.waitFor(polls: 2400) { $0.contains("Total") }
        #expect(first.contains("Total"), "the explorer started:\n\(first)")
        let text = try String(contentsOfFile: pids, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try #require(pid_t(text))
        #expect(kill(pid, signal) == 0)
        return (try await tmux.waitFor(polls: 1200) { $0.contains("EXIT=") }, tmux)
    }

    @Test(arguments: [(SIGUSR1, 138), (SIGUSR2, 140), (SIGALRM, 142), (SIGQUIT, 131), (SIGTERM, 143), (SIGHUP, 129)])
    func aSignalRestoresTheTerminalAndEndsWithItsStatus(signal: Int32, status: Int) async throws {
        let (screen, tmux) = try await screenAfter(signal, term: "xterm-256color")
        #expect(screen.contains("EXIT=\(status)"), "\(screen)")
        #expect(try tmux.display("#{alternate_on}") == "0", "the alternate screen was left")
        #expect(try tmux.display("#{cursor_flag}") == "1", "the cursor is visible")
        for crash in ["Backtrace", "Crash", "Fatal", "Thread 0", "💣"] {
            #expect(!screen.contains(crash), "no crash report:\n\(screen)")
        }
    }

    @Test(arguments: ["vt100", "linux"])
    func withoutAnAlternateScreenQuittingLeavesAClearScreen(term: String) async throws {
        let pids = pidFile()
        defer { try? FileManager.default.removeItem(atPath: pids) }
        let tmux = try TmuxSession(width: 100, height: 30, command: command(term: term, pidFile: pids))
        let first = try await tmux.waitFor(polls: 2400) { $0.contains("Total") }
        #expect(first.contains("Total"), "the explorer started:\n\(first)")
        try tmux.send("q")
        let screen = try await tmux.waitFor(polls: 1200) { $0.contains("EXIT=") }
        #expect(screen.split(separator: "\n").first == "EXIT=0", "the prompt starts on a clean screen:\n\(screen)")
        #expect(!screen.contains("Total"), "the last frame is gone:\n\(screen)")
        #expect(try tmux.display("#{cursor_flag}") == "1")
    }

    @Test func withoutAnAlternateScreenASignalLeavesAClearScreen() async throws {
        let (screen, tmux) = try await screenAfter(SIGTERM, term: "vt100")
        // The shell's own "Terminated" may come first: the screen was clear for it.
        #expect(screen.split(separator: "\n").prefix(2).contains("EXIT=143"), "\(screen)")
        #expect(!screen.contains("Total"), "the last frame is gone:\n\(screen)")
        #expect(try tmux.display("#{cursor_flag}") == "1")
    }
}
