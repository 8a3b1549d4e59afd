import Foundation

/// Instants as whole milliseconds since 1970 in the database: exact for every
/// provider timestamp (whole seconds), comparable in SQL, and never a float.
enum MillisecondTime {
    /// `date` in milliseconds, rounded to the nearest one.
    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// The instant `milliseconds` after 1970.
    static func date(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
