import Foundation

/// A private tmux server running one command, for driving the real binary.
final class TmuxSession {
    let socket = "costscope-e2e-\(UUID().uuidString.prefix(8))"
    let name = "e2e"

    /// The cache directory of the command, unless it names its own: never the user's ~/.cache.
    let cacheDirectory = TestCacheDirectory.make()

    init(width: Int, height: Int, command: String) throws {
        let command =
            "export COSTSCOPE_CACHE_DIR='\(cacheDirectory)' COSTSCOPE_NOW='\(Binary.fixedNow)'; " + command
        // The server forked here would inherit a pipe and keep it open: give it no output at all.
        try tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), command], capture: false)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        TestCacheDirectory.remove(cacheDirectory)
    }

    /// Types keys (tmux key names such as `Enter`, `Escape`, `j`).
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// The visible screen as text.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// A tmux format value for the pane, e.g. `#{alternate_on}`.
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// Polls the screen until `predicate` holds; returns the last screen either
    /// way. Bounded by a number of polls so a broken build fails instead of hanging.
    @discardableResult
    func waitFor(polls: Int = 300, _ predicate: (String) -> Bool) async throws -> String {
        var last = ""
        for _ in 0..<polls {
            last = try screen()
            if predicate(last) { return last }
            try await Task.sleep(for: .milliseconds(50))
        }
        return last
    }

    /// Runs one tmux client with posix_spawn and waitpid. Output goes to a
    /// temporary file, not a pipe: a server forked by the client must not hold
    /// anything the test waits on.
    @discardableResult
    private func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, capture ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw TmuxError(message: "could not start tmux: error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard capture else { return "" }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }
}

struct TmuxError: Error {
    let message: String
}
