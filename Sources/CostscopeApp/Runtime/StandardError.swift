#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Messages for the user on standard error. A message that cannot be written is dropped: there
/// is nowhere left to say so, and a trap (as `FileHandle.write` does) would lose the command's work.
package enum StandardError {
    /// Writes `text` as it is.
    package static func write(_ text: String) {
        var text = text
        _ = text.withUTF8 { FileDescriptorWriter.writeAll($0, to: STDERR_FILENO) }
    }

    /// Writes `text` and a line break.
    package static func line(_ text: String) { write(text + "\n") }
}
