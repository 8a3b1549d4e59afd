import Foundation

/// Runs this same binary with `--case …` and collects what it printed.
enum ChildCase {
    /// This executable, through `/proc/self/exe`: it stays runnable even when a rebuild
    /// replaces the file on disk.
    static let executable = URL(fileURLWithPath: "/proc/self/exe")

    /// The directory this executable was started from (where `costscope` is built too).
    static var directory: URL {
        if var path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            if path.hasSuffix(" (deleted)") { path.removeLast(" (deleted)".count) }
            return URL(fileURLWithPath: path).deletingLastPathComponent()
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent()
    }

    /// Runs the case; throws when it exits non-zero (an exactness failure or a crash).
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw BenchFailure(
                "case '\(arguments.joined(separator: " "))' failed with status \(process.terminationStatus)\n\(output)")
        }
        return output
    }
}
