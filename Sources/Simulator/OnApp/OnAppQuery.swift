import Foundation

/// The query string of an OnApp request, decoded the way Rack does it (the control panel is a
/// Rails application): names and values are percent-decoded and `+` means a space, so
/// `period[startdate]=2026-03-01+10%3A00%3A00`, `period%5Bstartdate%5D=2026-03-01%2010:00:00`
/// and the unencoded form all mean the same.
struct OnAppQuery: Sendable {
    /// The decoded `name=value` pairs, in request order.
    private let pairs: [(name: String, value: String)]

    /// Decodes `rawQuery` (the part after `?`, still encoded); 422 when an escape is malformed.
    init(rawQuery: String?) throws(OnAppFailure) {
        var pairs: [(name: String, value: String)] = []
        for part in (rawQuery ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(pieces[0]), let value = Self.decode(pieces.count > 1 ? pieces[1] : "") else {
                throw OnAppFailure.unprocessable(field: "query", "contains a malformed %-escape")
            }
            pairs.append((name, value))
        }
        self.pairs = pairs
    }

    /// The last non-blank value of a parameter (Rack keeps the last of repeated scalar names);
    /// nil when absent or blank, as Rails' `present?` treats it.
    func value(_ name: String) -> String? {
        pairs.last { $0.name == name }.map(\.value).flatMap { value in
            value.trimmingCharacters(in: .whitespaces).isEmpty ? nil : value
        }
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
