import Foundation

/// Reads and writes the time strings of the simulated F5 Distributed Cloud API, on Unix seconds.
///
/// `usage_summary` takes `start_time` / `end_time` as "unix_timestamp|RFC 3339": either decimal
/// Unix seconds (`"1773532800"`, a fraction is cut off) or an RFC 3339 date-time with a zone
/// (`2026-03-15T00:00:00Z`, `2026-03-15T03:00:00+03:00`, an optional fraction). The web API's
/// `from` / `to` and every timestamp it answers with are RFC 3339 (protobuf's JSON mapping of
/// `google.protobuf.Timestamp`); answers are written as `YYYY-MM-DDTHH:MM:SSZ`.
enum F5TimeText {
    /// The most digits accepted in Unix seconds (beyond that no date is meaningful).
    private static let maxUnixDigits = 12

    /// Unix seconds from Unix-seconds text or RFC 3339; `nil` when it is neither.
    static func parseUnixOrRFC3339(_ text: some StringProtocol) -> Int64? {
        parseUnixSeconds(text) ?? parseRFC3339(text)
    }

    /// Unix seconds from decimal text (`1773532800` or `1773532800.250`); `nil` otherwise.
    static func parseUnixSeconds(_ text: some StringProtocol) -> Int64? {
        let bytes = Array(text.utf8)
        var index = 0
        var seconds: Int64 = 0
        while index < bytes.count, let digit = digitValue(bytes[index]) {
            guard index < maxUnixDigits else { return nil }
            seconds = seconds * 10 + digit
            index += 1
        }
        guard index > 0 else { return nil }
        if index < bytes.count {
            guard bytes[index] == UInt8(ascii: "."), index + 1 < bytes.count else { return nil }
            guard bytes[(index + 1)...].allSatisfy({ digitValue($0) != nil }) else { return nil }
        }
        return seconds
    }

    /// Unix seconds from an RFC 3339 date-time with a zone; a fraction is cut off.
    static func parseRFC3339(_ text: some StringProtocol) -> Int64? {
        var bytes = Array(text.utf8)
        guard bytes.count >= 20 else { return nil }
        if bytes[10] == UInt8(ascii: "t") { bytes[10] = UInt8(ascii: "T") }
        guard bytes[10] == UInt8(ascii: "T"),
            let wallClock = WallClockTime(parsing: String(decoding: bytes[0..<19], as: UTF8.self))
        else { return nil }
        var index = 19
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, digitValue(bytes[index]) != nil { index += 1 }
            guard (1...9).contains(index - fractionStart) else { return nil }
        }
        guard let offset = zoneOffset(bytes[index...]) else { return nil }
        return wallClock.seconds - offset
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` for Unix seconds.
    static func rfc3339(_ unixSeconds: Int64) -> String {
        WallClockTime(seconds: unixSeconds).text + "Z"
    }

    /// The offset of `Z` / `z` (0) or `±HH:MM` (east positive), in seconds.
    private static func zoneOffset(_ bytes: ArraySlice<UInt8>) -> Int64? {
        let zone = Array(bytes)
        if zone.count == 1, zone[0] == UInt8(ascii: "Z") || zone[0] == UInt8(ascii: "z") { return 0 }
        guard zone.count == 6, zone[0] == UInt8(ascii: "+") || zone[0] == UInt8(ascii: "-"),
            zone[3] == UInt8(ascii: ":"),
            let hourTens = digitValue(zone[1]), let hourOnes = digitValue(zone[2]),
            let minuteTens = digitValue(zone[4]), let minuteOnes = digitValue(zone[5])
        else { return nil }
        let hours = hourTens * 10 + hourOnes
        let minutes = minuteTens * 10 + minuteOnes
        guard hours < 24, minutes < 60 else { return nil }
        let seconds = hours * 3600 + minutes * 60
        return zone[0] == UInt8(ascii: "-") ? -seconds : seconds
    }

    private static func digitValue(_ byte: UInt8) -> Int64? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int64(byte - UInt8(ascii: "0")) : nil
    }

    /// `date` as an HTTP date (IMF-fixdate, `Sun, 06 Nov 1994 08:49:37 GMT`), for `Retry-After`.
    static func httpDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}
