/// A failure reported to the user as one line on standard error, with exit code 1.
package struct CommandFailure: Error, CustomStringConvertible {
    package let message: String

    package init(_ message: String) { self.message = message }

    package var description: String { message }
}
