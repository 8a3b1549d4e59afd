import CostCore
import Foundation

/// Parses the RFC 3339 timestamps providers send (`2026-11-18T00:00:00Z`,
/// `2026-11-18T03:00:58.529Z`, `2026-11-18T03:00:00+03:00`) into UTC instants, honouring the
/// offset instead of ignoring it.
public enum RFC3339 {
    /// The instant `text` denotes, or nil when it is not `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
    /// A missing zone is read as UTC only when `assumeUTC` is true.
    public static func instant(_ text: some StringProtocol, assumeUTC: Bool = false) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 19, let civil = CivilDateTime(parsing: String(decoding: bytes[0..<19], as: UTF8.self))
        else { return nil }
        var index = 19
        var fraction = 0.0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            let digitsStart = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                fraction += Double(bytes[index] - 0x30) * scale
                scale /= 10
                index += 1
            }
            guard index > digitsStart else { return nil }
        }
        let offset: Int
        if index == bytes.count {
            guard assumeUTC else { return nil }
            offset = 0
        } else if bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z") {
            guard index + 1 == bytes.count else { return nil }
            offset = 0
        } else if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            guard index + 6 == bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
                let hours = twoDigits(bytes, index + 1), let minutes = twoDigits(bytes, index + 4),
                hours < 24, minutes < 60
            else { return nil }
            let magnitude = hours * 3_600 + minutes * 60
            offset = bytes[index] == UInt8(ascii: "+") ? magnitude : -magnitude
        } else {
            return nil
        }
        return civil.date(utcOffsetSeconds: offset).addingTimeInterval(fraction)
    }

    private static func twoDigits(_ bytes: [UInt8], _ start: Int) -> Int? {
        let high = bytes[start]
        let low = bytes[start + 1]
        guard (0x30...0x39).contains(high), (0x30...0x39).contains(low) else { return nil }
        return Int(high - 0x30) * 10 + Int(low - 0x30)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` for an instant (whole seconds, rounded down).
    public static func text(_ date: Date) -> String {
        let seconds = (date.timeIntervalSince1970).rounded(.down)
        return CivilDateTime(Date(timeIntervalSince1970: seconds), utcOffsetSeconds: 0).description + "Z"
    }
}
