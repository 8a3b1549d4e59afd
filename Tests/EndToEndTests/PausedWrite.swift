import Foundation

/// The binary run with its cache writes paused just before they commit, so a test can
/// kill it in the middle of a transaction.
final class PausedWrite: @unchecked Sendable {
    private let process = Process()
    private let errors = Pipe()

    private init() {}

    /// Starts the binary with `arguments`.
    static func start(_ arguments: [String]) throws -> PausedWrite {
        let paused = PausedWrite()
        paused.process.executableURL = URL(fileURLWithPath: Binary.path)
        paused.process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["COSTSCOPE_CACHE_PAUSE_BEFORE_COMMIT"] = "1"
        paused.process.environment = environment
        paused.process.standardOutput = FileHandle.nullDevice
        paused.process.standardError = paused.errors
        paused.process.standardInput = FileHandle.nullDevice
        try paused.process.run()
        return paused
    }

    /// Reads standard error until the binary says it paused; false when it ended without pausing.
    func waitForPause() -> Bool {
        var text = ""
        for _ in 0..<200 {
            let data = errors.fileHandleForReading.availableData
            if data.isEmpty { return false }
            text += String(decoding: data, as: UTF8.self)
            if text.contains("cache write paused before commit") { return true }
        }
        return false
    }

    /// SIGKILL: no handler, no cleanup, exactly like a crash or a power cut.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
