import Explorer
import Foundation
import TerminalKit
import Testing

/// Compares a frame with a stored text snapshot under `Snapshots/`.
///
/// The snapshot holds the frame's text and its style runs. A missing or
/// different snapshot fails; set `COSTSCOPE_RECORD_SNAPSHOTS=1` to (re)write.
func assertSnapshot(
    _ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation, filePath: String = #filePath
) {
    let rendered =
        "size \(frame.size)\n" + frame.lines.map { $0 + "|" }.joined(separator: "\n") + "\n--- styles ---\n"
        + frame.styleRuns + "\n"
    compareWithStoredSnapshot(rendered, named: name, sourceLocation: sourceLocation, filePath: filePath)
}

/// Compares `rendered` with `Snapshots/<name>.txt` next to `filePath`, or (re)writes it when
/// `COSTSCOPE_RECORD_SNAPSHOTS=1`; a missing or different snapshot is a failed expectation that
/// names the first differing line.
func compareWithStoredSnapshot(
    _ rendered: String, named name: String, sourceLocation: SourceLocation, filePath: String
) {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = directory.appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["COSTSCOPE_RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? rendered.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let stored = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record(
            "missing snapshot \(name).txt — run with COSTSCOPE_RECORD_SNAPSHOTS=1 to record it",
            sourceLocation: sourceLocation)
        return
    }
    if stored != rendered {
        let storedLines = stored.split(separator: "\n", omittingEmptySubsequences: false)
        let renderedLines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(storedLines, renderedLines).enumerated().first { $0.element.0 != $0.element.1 }
        let detail =
            firstDifference.map { "line \($0.offset + 1):\n  stored:   \($0.element.0)\n  rendered: \($0.element.1)" }
            ?? "length differs"
        Issue.record("snapshot \(name) differs at \(detail)", sourceLocation: sourceLocation)
    }
}
