import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program to completion with `posix_spawn` and `wait4`: its exit status, wall time,
/// peak resident memory (from `rusage`) and standard output (through a temporary file).
struct SpawnedProcess {
    /// How a run ended.
    struct Outcome {
        /// The exit status, or 128 + signal when it was killed.
        let status: Int32
        /// From just before spawning to the end of `wait4`, in ms.
        let milliseconds: Double
        /// `ru_maxrss` of the child, in MiB.
        let peakResidentMiB: Double
        /// Everything it wrote to standard output.
        let output: String
    }

    /// The program's path.
    let path: String
    /// Its arguments (without the program name).
    let arguments: [String]

    /// Runs the program once; standard error goes to this process's.
    func run() throws -> Outcome {
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("costscope-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = BenchClock.nanoseconds()
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw BenchFailure("cannot start \(path): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchFailure("waiting for \(path) failed") }
        }
        let elapsed = Double(BenchClock.nanoseconds() - start) / 1e6
        let exited = status & 0x7F == 0
        let code = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return Outcome(
            status: code, milliseconds: elapsed, peakResidentMiB: Double(usage.ru_maxrss) / 1024, output: output)
    }
}
