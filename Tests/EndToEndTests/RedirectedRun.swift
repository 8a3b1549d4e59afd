import Foundation

/// Runs the built binary with standard output going somewhere other than a readable pipe: a
/// pipe nobody reads (its read end closed before the start) or a file such as `/dev/full`.
enum RedirectedRun {
    /// Where standard output goes.
    enum Output {
        /// A pipe whose read end is closed before the binary starts: every write fails with EPIPE.
        case closedPipe
        /// A file opened for writing.
        case file(String)
    }

    struct Result {
        var status: Int32
        var stderr: String
        /// Whether the process ended by a signal rather than with a status.
        var signalled: Bool
    }

    static func run(_ arguments: [String], stdout output: Output, in directory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let cache = TestCacheDirectory.make()
        defer { TestCacheDirectory.remove(cache) }
        var environment = ProcessInfo.processInfo.environment
        environment["COSTSCOPE_CACHE_DIR"] = cache
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        switch output {
        case .closedPipe:
            let pipe = Pipe()
            try pipe.fileHandleForReading.close()
            process.standardOutput = pipe.fileHandleForWriting
            try process.run()
            try pipe.fileHandleForWriting.close()
        case .file(let path):
            guard let handle = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileNoSuchFile) }
            process.standardOutput = handle
            try process.run()
            try handle.close()
        }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stderr: String(decoding: errData, as: UTF8.self),
            signalled: process.terminationReason == .uncaughtSignal)
    }
}
