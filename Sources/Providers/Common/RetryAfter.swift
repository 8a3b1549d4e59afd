import Foundation

/// The `Retry-After` header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.
public enum RetryAfter {
    /// Whole seconds to wait, or nil when the header is absent or unreadable. A date is
    /// measured from the answer's own `Date` header when it has one (both from the server's
    /// clock, so a skewed local clock does not matter), else from `now`; a past date is 0.
    public static func seconds(header: String?, responseDate: String?, now: Date) -> Int? {
        guard let text = header?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if text.allSatisfy({ $0.isASCII && $0.isNumber }) {
            // An absurd number is still a number: cap it instead of dropping it.
            return Int(text) ?? Int.max
        }
        guard let date = HTTPDate.parse(text) else { return nil }
        let reference = responseDate.flatMap(HTTPDate.parse) ?? now
        let delta = date.timeIntervalSince(reference).rounded(.up)
        guard delta > 0 else { return 0 }
        return delta >= Double(Int32.max) ? Int(Int32.max) : Int(delta)
    }
}

/// HTTP-date (RFC 9110 §5.6.7): IMF-fixdate, and the obsolete RFC 850 and asctime forms that
/// recipients must also accept.
public enum HTTPDate {
    private static let formats = [
        "EEE, dd MMM yyyy HH:mm:ss 'GMT'",  // Sun, 06 Nov 1994 08:49:37 GMT
        "EEEE, dd-MMM-yy HH:mm:ss 'GMT'",  // Sunday, 06-Nov-94 08:49:37 GMT
        "EEE MMM d HH:mm:ss yyyy",  // Sun Nov  6 08:49:37 1994
    ]

    /// The instant `text` names, or nil.
    public static func parse(_ text: String) -> Date? {
        let collapsed = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        for format in formats {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            // Two-digit years (RFC 850) are read as 1970–2069.
            formatter.twoDigitStartDate = Date(timeIntervalSince1970: 0)
            if let date = formatter.date(from: collapsed) { return date }
        }
        return nil
    }
}
