import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one way the script commands write to standard output: whole, checked writes of the bytes
/// (`print` and `FileHandle.write` either drop errors or trap on them).
///
/// When the reader has gone (`costscope export | head -1`), the command stops at once, quietly,
/// with status 0, as a reader that closes early has what it wanted. Any other failure (a full
/// disk, an I/O error) is one line on standard error and status ``failureStatus``, because the
/// output the user asked for is incomplete.
package enum StandardOutput {
    /// The exit status when standard output cannot be written (EX_IOERR of sysexits.h).
    static let failureStatus: Int32 = 74

    /// Writes `text`; ends the process when it cannot (see the type's notes).
    package static func write(_ text: String) {
        var text = text
        let outcome = text.withUTF8 { FileDescriptorWriter.writeAll($0, to: STDOUT_FILENO) }
        switch outcome {
        case .written:
            return
        case .failed(EPIPE):
            exit(0)
        case .failed(let code):
            StandardError.line("costscope: cannot write to standard output: \(String(cString: strerror(code)))")
            exit(failureStatus)
        }
    }

    /// Writes `text` and a line break.
    package static func line(_ text: String) { write(text + "\n") }

    /// Makes a write to a closed pipe fail with EPIPE instead of killing the process silently
    /// mid-output. A handler rather than `SIG_IGN`, because a handler is reset by `exec`, so a
    /// `token_command` still gets the default behaviour its own pipelines expect.
    package static func catchBrokenPipe() {
        signal(SIGPIPE) { _ in }
    }
}
