import CostCore
import Foundation

/// Timestamps as F5 Distributed Cloud writes and reads them.
///
/// Read: RFC 3339 with a zone (`2026-11-01T00:00:00Z`, `2026-11-01T03:00:00+03:00`, an optional
/// fraction of a second, which is cut off), or whole Unix seconds written as digits. Written:
/// `YYYY-MM-DDTHH:MM:SSZ` in UTC. Instants outside ``validSeconds`` are refused.
public enum F5Timestamp {
    /// The Unix seconds accepted: 1970-01-01T00:00:00Z up to 9999-12-31T23:59:59Z.
    public static let validSeconds: ClosedRange<Int64> = 0...253_402_300_799

    /// The instant `text` denotes, or nil when it is neither RFC 3339 nor Unix seconds.
    public static func parse(_ text: some StringProtocol) -> Date? {
        let bytes = Array(text.utf8)
        if !bytes.isEmpty, bytes.count <= 12, bytes.allSatisfy(isDigit) {
            let seconds = bytes.reduce(Int64(0)) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) }
            return date(unixSeconds: seconds)
        }
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
            let civil = CivilDateTime(
                parsing: String(decoding: bytes[0..<10], as: UTF8.self) + "T"
                    + String(decoding: bytes[11..<19], as: UTF8.self))
        else { return nil }
        var index = 19
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard (1...9).contains(index - fractionStart) else { return nil }
        }
        guard let offset = zoneOffsetSeconds(bytes[index...]) else { return nil }
        return date(unixSeconds: Int64(civil.date(utcOffsetSeconds: offset).timeIntervalSince1970))
    }

    /// The instant `seconds` after 1970-01-01T00:00:00Z, or nil outside ``validSeconds``.
    public static func date(unixSeconds seconds: Int64) -> Date? {
        validSeconds.contains(seconds) ? Date(timeIntervalSince1970: TimeInterval(seconds)) : nil
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` (whole seconds, UTC).
    public static func format(_ date: Date) -> String {
        CivilDateTime(date, utcOffsetSeconds: 0).description + "Z"
    }

    /// `Z` / `z` (0) or `±HH:MM`, east positive, in seconds.
    private static func zoneOffsetSeconds(_ slice: ArraySlice<UInt8>) -> Int? {
        let zone = Array(slice)
        if zone.count == 1, zone[0] == UInt8(ascii: "Z") || zone[0] == UInt8(ascii: "z") { return 0 }
        guard zone.count == 6, zone[0] == UInt8(ascii: "+") || zone[0] == UInt8(ascii: "-"),
            zone[3] == UInt8(ascii: ":"), isDigit(zone[1]), isDigit(zone[2]), isDigit(zone[4]), isDigit(zone[5])
        else { return nil }
        let hours = Int(zone[1] - 0x30) * 10 + Int(zone[2] - 0x30)
        let minutes = Int(zone[4] - 0x30) * 10 + Int(zone[5] - 0x30)
        guard hours < 24, minutes < 60 else { return nil }
        let seconds = hours * 3600 + minutes * 60
        return zone[0] == UInt8(ascii: "-") ? -seconds : seconds
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
