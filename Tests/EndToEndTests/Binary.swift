import Foundation

/// Runs the built `costscope` executable.
enum Binary {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The debug build of the executable (built by `swift test` with everything else).
    static var path: String {
        let candidates = [".build/debug/costscope", ".build/release/costscope"].map {
            packageRoot.appendingPathComponent($0).path
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    /// The moment every run takes as "now" unless a test gives `--now` or its own
    /// `COSTSCOPE_NOW`: no test depends on the day it runs.
    static let fixedNow = "2026-11-20T12:00:00Z"

    /// The environment of a run: the test's own, over a fixed `COSTSCOPE_NOW`, over this process's.
    static func environment(_ overrides: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["COSTSCOPE_NOW"] = fixedNow
        environment.merge(overrides) { $1 }
        return environment
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary with `arguments` and waits for it.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try runCommand(path, arguments, environment: environment)
    }

    /// Runs `executable` (the binary itself, or a program that ends by running it, such as a
    /// shell setting a limit first) with `arguments` and waits for it, as ``run(_:environment:)``.
    static func runCommand(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws
        -> Result
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = Self.environment(environment)
        // Every run gets its own cache unless the test names one: never the user's ~/.cache.
        let isolatedCache = environment["COSTSCOPE_CACHE_DIR"] == nil ? TestCacheDirectory.make() : nil
        defer { if let isolatedCache { TestCacheDirectory.remove(isolatedCache) } }
        if let isolatedCache { env["COSTSCOPE_CACHE_DIR"] = isolatedCache }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
