/// A benchmark that could not produce a trustworthy figure: an exactness check failed, or a
/// case could not run. The program prints it and exits non-zero.
struct BenchFailure: Error, CustomStringConvertible {
    /// What went wrong, for a human.
    let description: String

    /// A failure with a message.
    init(_ description: String) {
        self.description = description
    }

    /// Throws unless `actual == expected`, naming what was compared.
    static func check<Value: Equatable>(_ what: String, _ actual: Value, equals expected: Value) throws {
        guard actual == expected else {
            throw BenchFailure("exactness check failed: \(what): got \(actual), expected \(expected)")
        }
    }
}
