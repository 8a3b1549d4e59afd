import ArgumentParser
import CostCore
import CostscopeApp
import Foundation

/// A fixed "now" for reproducible runs: `YYYY-MM-DD` (noon UTC that day) or
/// `YYYY-MM-DDTHH:MM:SSZ`, within ``CivilDateTime/supportedYears``.
struct NowOption: Sendable {
    let date: Date

    /// Parses `text`; the error says what is wrong with it, without repeating it.
    init(parsing text: String) throws(ValidationError) {
        var trimmed = text
        if trimmed.hasSuffix("Z") { trimmed.removeLast() }
        guard var moment = CivilDateTime(parsing: trimmed) else {
            throw ValidationError("expected a date as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ")
        }
        guard moment.isSupported else {
            throw ValidationError("only dates from \(CivilDateTime.supportedRangeText) are supported")
        }
        if trimmed.count == 10 { moment.hour = 12 }
        date = moment.date(utcOffsetSeconds: 0)
    }
}
