import Foundation

/// Runs a credential command (`token_command` and the like) under `/bin/sh -c`, in a process
/// group of its own so that everything it starts can be stopped together: when it runs past
/// its timeout, and when it has exited but left a child holding its output open.
struct CredentialCommand {
    /// What happened.
    enum Outcome: Equatable {
        /// It exited with status 0; everything it printed.
        case output([UInt8])
        /// It exited with another status.
        case failed(status: Int32)
        /// A signal ended it.
        case killed(signal: Int32)
        /// It ran past the timeout and was stopped.
        case timedOut
        /// It could not be started.
        case notStarted
    }

    /// The shell command.
    let command: String
    /// How long it may run.
    let timeout: Duration
    /// How long the output may stay open after the command itself has exited: a child it left
    /// behind (a daemon that forgot to close it) must not keep the caller waiting.
    var grace: Duration = .milliseconds(300)
    /// More output than this is not a credential; the rest is read and dropped.
    static let outputLimit = 64 * 1024

    func run() -> Outcome {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return .notStarted }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(readEnd, F_SETFL, fcntl(readEnd, F_GETFL) | O_NONBLOCK)
        guard let pid = spawn(output: writeEnd, closing: readEnd) else {
            close(readEnd)
            close(writeEnd)
            return .notStarted
        }
        close(writeEnd)
        defer { close(readEnd) }
        return collect(from: readEnd, of: pid)
    }

    /// Starts `/bin/sh -c command` as the leader of a new process group, its standard output
    /// on `output`, nothing on its standard input and error (error text may hold a secret).
    private func spawn(output: Int32, closing other: Int32) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, output)
        posix_spawn_file_actions_addclose(&actions, other)
        var defaults = sigset_t()
        sigfillset(&defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let arguments = ["/bin/sh", "-c", command].map { $0.withCString { strdup($0) } } + [nil]
        defer { for argument in arguments { free(argument) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, arguments, environ)
        return result == 0 ? pid : nil
    }

    /// Reads the output until it ends and the command has exited, within the timeout.
    private func collect(from descriptor: Int32, of pid: pid_t) -> Outcome {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        var status: Int32?
        var exitedAt: ContinuousClock.Instant?
        var outputOpen = true
        while outputOpen || status == nil {
            if status == nil, let raw = reap(pid, blocking: false) {
                status = raw
                exitedAt = clock.now
            }
            if clock.now >= deadline {
                kill(-pid, SIGKILL)
                if status == nil { _ = reap(pid, blocking: true) }
                return .timedOut
            }
            if let exitedAt, outputOpen, clock.now >= exitedAt.advanced(by: grace) {
                kill(-pid, SIGKILL)
                break
            }
            guard outputOpen else {
                usleep(5_000)
                continue
            }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 20) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                if output.count < Self.outputLimit { output += buffer[0..<min(count, Self.outputLimit - output.count)] }
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                outputOpen = false
            }
        }
        let raw = status ?? 0
        let signal = raw & 0x7f
        if signal != 0 { return .killed(signal: signal) }
        let code = (raw >> 8) & 0xff
        return code == 0 ? .output(output) : .failed(status: code)
    }

    /// The raw wait status of `pid` once it has exited; nil while it runs (when not blocking).
    private func reap(_ pid: pid_t, blocking: Bool) -> Int32? {
        var raw: Int32 = 0
        while true {
            let result = waitpid(pid, &raw, blocking ? 0 : WNOHANG)
            if result == pid { return raw }
            if result == -1 && errno == EINTR { continue }
            return nil
        }
    }
}
