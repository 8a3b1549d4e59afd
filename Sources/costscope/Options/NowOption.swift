import ArgumentParser
import CostCore
import Foundation

/// A fixed "now" for reproducible runs: `YYYY-MM-DD` (noon UTC that day) or
/// `YYYY-MM-DDTHH:MM:SSZ`.
struct NowOption: ExpressibleByArgument {
    let date: Date

    init?(argument: String) {
        var text = argument
        if text.hasSuffix("Z") { text.removeLast() }
        guard let civil = CivilDateTime(parsing: text) else { return nil }
        var moment = civil
        if text.count == 10 { moment.hour = 12 }
        date = moment.date(utcOffsetSeconds: 0)
    }
}
