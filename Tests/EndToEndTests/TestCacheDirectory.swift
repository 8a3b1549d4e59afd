import Foundation

/// Private cache directories for the binary under test, so no test reads or writes the
/// user's `~/.cache/costscope`.
enum TestCacheDirectory {
    /// A new empty directory.
    static func make() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("costscope-cache-\(UUID().uuidString)")
            .path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Removes `path` and everything in it.
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
