import CostCore
import Foundation

/// Reads the timestamps OnApp sends: Rails renders them as `2013-05-01T00:00:28Z` in XML and,
/// depending on the Rails version, `2013-05-01T00:00:28.000Z`, `…+02:00` or
/// `2013-05-01 00:00:28 UTC` in JSON. A time without a zone is UTC, as `stat_time` is
/// documented to be.
enum OnAppTimestamp {
    /// The instant `text` denotes, or nil when it is not one of the forms above.
    static func parse(_ text: some StringProtocol) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 19, let civil = CivilDateTime(parsing: String(decoding: bytes[0..<19], as: UTF8.self))
        else { return nil }
        var index = 19
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let digitsStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index > digitsStart else { return nil }
        }
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard let offset = zoneOffset(bytes[index...]) else { return nil }
        return civil.date(utcOffsetSeconds: offset)
    }

    /// The offset of a zone suffix: empty, `Z`, `UTC`, `GMT`, `±HH:MM` or `±HHMM`.
    private static func zoneOffset(_ suffix: ArraySlice<UInt8>) -> Int? {
        let text = String(decoding: suffix, as: UTF8.self)
        if text.isEmpty || text == "Z" || text == "UTC" || text == "GMT" { return 0 }
        let digits = Array(suffix.dropFirst().filter { $0 != UInt8(ascii: ":") })
        guard let sign = suffix.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), digits.count == 4,
            digits.allSatisfy(isDigit),
            suffix.count == 5 || (suffix.count == 6 && suffix[suffix.startIndex + 3] == 0x3A)
        else { return nil }
        let hours = Int(digits[0] - 0x30) * 10 + Int(digits[1] - 0x30)
        let minutes = Int(digits[2] - 0x30) * 10 + Int(digits[3] - 0x30)
        guard hours <= 18, minutes < 60 else { return nil }
        let seconds = hours * 3_600 + minutes * 60
        return sign == UInt8(ascii: "-") ? -seconds : seconds
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
