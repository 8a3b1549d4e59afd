import Foundation

/// A chart row filter typed after `/`: matched against row labels, case-insensitive.
///
/// A leading `!` negates it. The rest is used as a regular expression when it is one,
/// otherwise as plain text (so `c++` or `(old` still filter).
public struct RowFilter: Hashable, Sendable {
    /// The text as typed, `!` included.
    public var pattern: String

    /// Creates a filter from the typed text.
    public init(_ pattern: String) {
        self.pattern = pattern
    }

    /// Whether rows that do *not* match are kept (a leading `!`).
    public var isNegated: Bool { pattern.hasPrefix("!") }

    /// The pattern without the negation mark.
    public var body: String { isNegated ? String(pattern.dropFirst()) : pattern }

    /// Whether the body is a valid regular expression (an empty body is not one).
    public var isRegularExpression: Bool { compiled != nil }

    /// Whether the filter keeps every row (nothing typed after an optional `!`).
    public var isEmpty: Bool { body.isEmpty }

    /// A matcher for many labels, compiling the expression once.
    public func matcher() -> RowMatcher { RowMatcher(filter: self, expression: compiled) }

    /// Whether `label` passes the filter.
    public func matches(_ label: String) -> Bool { matcher().matches(label) }

    private var compiled: NSRegularExpression? {
        guard !body.isEmpty else { return nil }
        return try? NSRegularExpression(pattern: body, options: [.caseInsensitive])
    }
}

/// Matches labels against a ``RowFilter`` with its expression compiled.
public struct RowMatcher {
    let filter: RowFilter
    let expression: NSRegularExpression?

    /// Whether `label` passes (negation applied).
    public func matches(_ label: String) -> Bool {
        guard !filter.isEmpty else { return true }
        let found: Bool
        if let expression {
            let whole = NSRange(label.startIndex..<label.endIndex, in: label)
            found = expression.firstMatch(in: label, options: [], range: whole) != nil
        } else {
            found = label.range(of: filter.body, options: [.caseInsensitive]) != nil
        }
        return found != filter.isNegated
    }
}
