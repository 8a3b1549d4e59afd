import Foundation
import Testing

/// `export --output` replaces only a regular file the user may write, atomically, and refuses
/// everything else with one line, leaving it byte for byte as it was.
@Suite("export --output onto what is already there")
struct ExportOutputFileTests {
    static let export = [
        "export", "--demo", "--account", "selectel-demo", "--now", "2026-11-20T12:00:00Z", "--range", "yesterday",
        "--tz", "UTC",
    ]

    /// A scratch folder holding `reports/` with a file and a subfolder, and `note.txt`.
    final class Scratch {
        let root: String
        let manager = FileManager.default

        init() throws {
            root = manager.temporaryDirectory.appendingPathComponent("costscope-output-\(UUID().uuidString)").path
            try manager.createDirectory(atPath: root + "/work/reports/sub", withIntermediateDirectories: true)
            try Data("x\n".utf8).write(to: URL(fileURLWithPath: root + "/work/reports/a.txt"))
            try Data("deep\n".utf8).write(to: URL(fileURLWithPath: root + "/work/reports/sub/b.txt"))
            try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: root + "/work/note.txt"))
        }

        deinit {
            _ = try? manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root + "/work")
            try? manager.removeItem(atPath: root)
        }

        /// Every path under the root with its kind, mode and bytes (a link's target, not followed).
        func snapshot() throws -> [String: String] {
            var result: [String: String] = [:]
            let enumerator = try #require(manager.enumerator(atPath: root))
            while let relative = enumerator.nextObject() as? String {
                let path = root + "/" + relative
                let attributes = try manager.attributesOfItem(atPath: path)
                let type = attributes[.type] as? FileAttributeType
                let mode = (attributes[.posixPermissions] as? Int).map { String($0, radix: 8) } ?? "?"
                var content = ""
                if type == .typeRegular { content = try String(contentsOfFile: path, encoding: .utf8) }
                if type == .typeSymbolicLink { content = try manager.destinationOfSymbolicLink(atPath: path) }
                result[relative] = "\(type?.rawValue ?? "?") \(mode) \(content)"
            }
            return result
        }

        func run(_ output: String) throws -> Binary.Result {
            let result = try RedirectedRun.run(
                ExportOutputFileTests.export + ["--output", output], stdout: .file("/dev/null"), in: root + "/work")
            return Binary.Result(status: result.status, stdout: "", stderr: result.stderr)
        }
    }

    func expectRefused(
        _ output: String, saying message: String, prepare: (Scratch) throws -> Void = { _ in },
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let scratch = try Scratch()
        try prepare(scratch)
        let before = try scratch.snapshot()
        let result = try scratch.run(output)
        #expect(result.status == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(message), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(try scratch.snapshot() == before, "something changed", sourceLocation: sourceLocation)
    }

    @Test func whenNoAccountCanBeReadAnEarlierExportStaysAsItWas() throws {
        let scratch = try Scratch()
        let cache = scratch.root + "/cache"
        let earlier = scratch.root + "/work/note.txt"
        let result = try Binary.run(
            Self.export + ["--offline", "--cache-dir", cache, "--output", earlier],
            environment: ["COSTSCOPE_CACHE_DIR": cache])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--offline: nothing cached for"), "\(result.stderr)")
        #expect(!result.stderr.contains("wrote"), "\(result.stderr)")
        #expect(try String(contentsOfFile: earlier, encoding: .utf8) == "keep me\n")
        let report = try Binary.run(
            ["report", "--demo", "--now", "2026-11-20T12:00:00Z", "--offline", "--cache-dir", cache],
            environment: ["COSTSCOPE_CACHE_DIR": cache])
        #expect(report.status == 1)
        #expect(report.stdout.isEmpty, "no report that reads as no spend: \(report.stdout)")
        #expect(report.stderr.split(separator: "\n").count == 5, "one line per demo account: \(report.stderr)")
    }

    @Test func aFolderIsRefused() throws {
        try expectRefused("reports", saying: "/work/reports: it is a folder; give the name of a file")
    }

    @Test func theWorkingAndParentFoldersAreRefused() throws {
        try expectRefused(".", saying: "/work: it is a folder")
        try expectRefused("..", saying: ": it is a folder")
        try expectRefused("reports/", saying: "a name ending in / is a folder")
    }

    @Test func aReadOnlyFileIsRefused() throws {
        // Also for root, whom access(2) would let write anything: the file is marked read-only.
        try expectRefused("note.txt", saying: "note.txt: the file exists and is not writable") { scratch in
            try scratch.manager.setAttributes([.posixPermissions: 0o444], ofItemAtPath: scratch.root + "/work/note.txt")
        }
    }

    @Test func aLinkToAFolderIsRefused() throws {
        try expectRefused("linked", saying: "linked: it is a symbolic link to a folder") { scratch in
            try scratch.manager.createSymbolicLink(
                atPath: scratch.root + "/work/linked", withDestinationPath: scratch.root + "/work/reports")
        }
    }

    @Test func aLinkToAFileIsRefused() throws {
        try expectRefused("alias.txt", saying: "alias.txt: it is a symbolic link; give the path of the file itself") {
            scratch in
            try scratch.manager.createSymbolicLink(
                atPath: scratch.root + "/work/alias.txt", withDestinationPath: "note.txt")
        }
    }

    @Test func aFIFOIsRefused() throws {
        try expectRefused("pipe", saying: "pipe: it is not a regular file") { scratch in
            #expect(mkfifo(scratch.root + "/work/pipe", 0o644) == 0)
        }
    }

    @Test func aNewFileGetsMode0644LessTheUmaskAndNoLeftovers() throws {
        let scratch = try Scratch()
        let result = try scratch.run("reports/spend.csv")
        #expect(result.status == 0, "\(result.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: scratch.root + "/work/reports/spend.csv")
        #expect(attributes[.posixPermissions] as? Int == 0o644 & ~Int(Self.umask()))
        let text = try String(contentsOfFile: scratch.root + "/work/reports/spend.csv", encoding: .utf8)
        #expect(text.hasPrefix("provider,account,"))
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.root + "/work/reports").sorted()
        #expect(names == ["a.txt", "spend.csv", "sub"])
    }

    @Test func aWritableFileIsReplacedWholeAndKeepsItsMode() throws {
        let scratch = try Scratch()
        let path = scratch.root + "/work/note.txt"
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        var before = stat()
        #expect(stat(path, &before) == 0)
        let result = try scratch.run("note.txt")
        #expect(result.status == 0, "\(result.stderr)")
        var after = stat()
        #expect(stat(path, &after) == 0)
        #expect(after.st_ino != before.st_ino, "a new file renamed into place, not rewritten in place")
        #expect(after.st_mode & 0o777 == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("provider,account,"))
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.root + "/work").sorted()
        #expect(names == ["note.txt", "reports"])
    }

    @Test func aFailedWriteLeavesNoTemporaryFileAndTheOldFileWhole() throws {
        // A file size limit of 512 bytes (with SIGXFSZ ignored) makes the write fail with EFBIG
        // part way, for any user, root included.
        let scratch = try Scratch()
        let before = try scratch.snapshot()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let command = ([Binary.path] + Self.export + ["--no-cache", "--output", "note.txt"]).map { "'\($0)'" }.joined(
            separator: " ")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f 1; exec \(command)"]
        process.currentDirectoryURL = URL(fileURLWithPath: scratch.root + "/work")
        let cache = TestCacheDirectory.make()
        defer { TestCacheDirectory.remove(cache) }
        process.environment = ProcessInfo.processInfo.environment.merging(["COSTSCOPE_CACHE_DIR": cache]) { $1 }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(stderr)")
        #expect(stderr.contains("note.txt: File too large"), "\(stderr)")
        #expect(stderr.split(separator: "\n").count == 1, "\(stderr)")
        #expect(try scratch.snapshot() == before)
    }

    /// The process's umask, read without changing it.
    static func umask() -> mode_t {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
        return line.flatMap { mode_t($0.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) } ?? 0o022
    }
}
