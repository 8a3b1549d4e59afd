/// RFC 3339 timestamps as Cloud.ru's gateway reads and writes them, on Unix milliseconds.
///
/// Accepted: `YYYY-MM-DDTHH:MM:SS`, an optional fraction (cut to milliseconds) and a zone
/// that is `Z` or `±HH:MM`, e.g. `2024-06-01T00:00:00Z`. Written: `YYYY-MM-DDTHH:MM:SSZ`, with
/// `.mmm` only when the milliseconds are not zero (as protobuf's JSON mapping does).
enum CloudRuTimestamp {
    /// Milliseconds in a day.
    static let millisPerDay: Int64 = 86_400_000

    /// The instant of `text` in milliseconds since 1970 (UTC), or `nil` if it is malformed.
    static func parse(_ text: some StringProtocol) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20,
            let wallClock = WallClockTime(parsing: String(decoding: bytes[0..<19], as: UTF8.self))
        else { return nil }
        var index = 19
        var millis: Int64 = 0
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            var digits = 0
            while index < bytes.count, let digit = digitValue(bytes[index]) {
                if digits < 3 {
                    millis = millis * 10 + digit
                }
                digits += 1
                index += 1
            }
            guard (1...9).contains(digits) else { return nil }
            var kept = min(digits, 3)
            while kept < 3 {
                millis *= 10
                kept += 1
            }
        }
        guard let offsetSeconds = zoneOffset(bytes[index...]) else { return nil }
        return (wallClock.seconds - offsetSeconds) * 1000 + millis
    }

    /// Appends `YYYY-MM-DDT00:00:00Z` for day number `day` (days since 1970).
    static func appendDay(_ day: Int64, to bytes: inout [UInt8]) {
        WallClockTime(seconds: day * 86_400).append(to: &bytes)
        bytes.append(UInt8(ascii: "Z"))
    }

    /// Appends the instant `millis` (since 1970, UTC) as RFC 3339 text in UTC.
    static func appendInstant(_ millis: Int64, to bytes: inout [UInt8]) {
        let seconds = CivilCalendar.floorDivide(millis, 1000)
        WallClockTime(seconds: seconds).append(to: &bytes)
        let fraction = millis - seconds * 1000
        if fraction != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / 100))
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10 % 10))
            bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10))
        }
        bytes.append(UInt8(ascii: "Z"))
    }

    /// The instant `millis` as RFC 3339 text in UTC.
    static func text(millis: Int64) -> String {
        var bytes: [UInt8] = []
        appendInstant(millis, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `Z` is 0; `+03:00` is 10 800 seconds ahead of UTC. Anything else is `nil`.
    private static func zoneOffset(_ zone: ArraySlice<UInt8>) -> Int64? {
        let bytes = Array(zone)
        if bytes == [UInt8(ascii: "Z")] || bytes == [UInt8(ascii: "z")] {
            return 0
        }
        guard bytes.count == 6, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
            bytes[3] == UInt8(ascii: ":"),
            let h1 = digitValue(bytes[1]), let h2 = digitValue(bytes[2]),
            let m1 = digitValue(bytes[4]), let m2 = digitValue(bytes[5])
        else { return nil }
        let hours = h1 * 10 + h2
        let minutes = m1 * 10 + m2
        guard hours < 24, minutes < 60 else { return nil }
        let offset = hours * 3600 + minutes * 60
        return bytes[0] == UInt8(ascii: "-") ? -offset : offset
    }

    private static func digitValue(_ byte: UInt8) -> Int64? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int64(byte - UInt8(ascii: "0")) : nil
    }
}
