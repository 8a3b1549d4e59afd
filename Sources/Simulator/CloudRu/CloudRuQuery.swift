import Foundation

/// The query string of a Cloud.ru request, decoded the way Go's `url.ParseQuery` does it (the
/// gateway is written in Go): names and values are percent-decoded, `+` means a space, and a
/// parameter may repeat (`project_ids=a&project_ids=b`).
struct CloudRuQuery: Sendable {
    /// The decoded `name=value` pairs, in request order.
    private let pairs: [(name: String, value: String)]

    /// Decodes `rawQuery` (the part after `?`, still encoded).
    init(rawQuery: String?) throws(CloudRuFailure) {
        var pairs: [(name: String, value: String)] = []
        for part in (rawQuery ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(pieces[0]), let value = Self.decode(pieces.count > 1 ? pieces[1] : "") else {
                throw CloudRuFailure.badRequest("malformed query string")
            }
            pairs.append((name, value))
        }
        self.pairs = pairs
    }

    /// Every non-empty value of a (possibly repeated) parameter.
    func values(_ name: String) -> [String] {
        pairs.filter { $0.name == name && !$0.value.isEmpty }.map(\.value)
    }

    /// The first non-empty value of a parameter.
    func value(_ name: String) -> String? {
        pairs.first { $0.name == name && !$0.value.isEmpty }?.value
    }

    /// An optional integer parameter; 400 if present but not an integer.
    func integer(_ name: String) throws(CloudRuFailure) -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text) else {
            throw CloudRuFailure.badRequest("\(name) must be an integer")
        }
        return number
    }

    /// An RFC 3339 timestamp parameter in milliseconds since 1970; 400 if malformed, or if
    /// missing and `required`.
    func timestamp(_ name: String, required: Bool) throws(CloudRuFailure) -> Int64? {
        guard let text = value(name) else {
            if required {
                throw CloudRuFailure.badRequest("\(name) is required (e.g. 2024-06-01T00:00:00Z)")
            }
            return nil
        }
        guard let millis = CloudRuTimestamp.parse(text) else {
            throw CloudRuFailure.badRequest("\(name) must be an RFC 3339 date-time such as 2024-06-01T00:00:00Z")
        }
        return millis
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
