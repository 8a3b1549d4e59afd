import Foundation
import Testing

/// Every script command that writes to standard output, against a reader that has gone and a
/// full disk: the former ends quietly with status 0, the latter says so in one line, status 74.
@Suite("Standard output that cannot be written")
struct OutputFailureTests {
    static let now = "2026-11-20T12:00:00Z"

    /// Each command that prints to standard output, with options that make it print.
    static let commands: [[String]] = [
        ["report", "--demo", "--now", now, "--range", "last-7-days", "--tz", "UTC"],
        ["report", "--demo", "--now", now, "--range", "last-7-days", "--tz", "UTC", "--format", "json"],
        ["report", "--demo", "--now", now, "--range", "last-7-days", "--tz", "UTC", "--compare", "previous"],
        ["export", "--demo", "--account", "selectel-demo", "--now", now, "--range", "last-7-days", "--tz", "UTC"],
        ["export", "--demo", "--account", "selectel-demo", "--now", now, "--range", "yesterday", "--format", "json"],
        ["spikes", "--demo", "--now", now, "--tz", "UTC"],
        ["doctor", "--demo", "--now", now],
        ["sandbox", "--print-config", "--port", "18080", "--now", now],
        ["demo", "--now", now, "--snapshot", "80x24"],
        ["report", "--help"],
    ]

    @Test(arguments: commands)
    func aClosedPipeEndsQuietlyWithStatusZero(arguments: [String]) throws {
        let result = try RedirectedRun.run(arguments, stdout: .closedPipe)
        #expect(!result.signalled, "killed by a signal")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test(arguments: commands)
    func aFullDiskIsOneLineAndStatus74(arguments: [String]) throws {
        try #require(FileManager.default.fileExists(atPath: "/dev/full"))
        let result = try RedirectedRun.run(arguments, stdout: .file("/dev/full"))
        #expect(!result.signalled, "killed by a signal")
        #expect(result.status == 74, "\(result.stderr)")
        #expect(result.stderr == "costscope: cannot write to standard output: No space left on device\n")
    }
}
