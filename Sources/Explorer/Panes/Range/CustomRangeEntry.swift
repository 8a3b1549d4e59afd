import CostCore
import Foundation

/// The text of the range pane's last entry: `d Custom…` to type a range, or the custom range
/// in force, e.g. `d 1 Nov – 15 Nov`.
enum CustomRangeEntry {
    static func text(_ state: ExplorerState) -> String {
        guard state.query.preset == nil else { return "d Custom" + (state.screen.ascii ? "..." : "…") }
        return "d "
            + shortText(state.query.range, zone: state.query.zone, now: state.screen.now, ascii: state.screen.ascii)
    }

    /// `1 Nov – 15 Nov`, `3 Nov` for one day; outside the current year with a two-digit year
    /// after the last day (`1 Mar – 5 Mar 25`), and after the first too when the years differ.
    static func shortText(_ range: DateRange, zone: TimeZone, now: Date, ascii: Bool) -> String {
        let lastInstant = range.isEmpty ? range.start : range.end.addingTimeInterval(-1)
        let first = DateText.civil(range.start, zone: zone)
        let last = DateText.civil(lastInstant, zone: zone)
        let thisYear = DateText.civil(now, zone: zone).year
        func day(_ value: CivilDateTime, withYear: Bool) -> String {
            "\(value.day) \(monthNames[value.month - 1])"
                + (withYear ? " " + String(value.year % 100 + 100).dropFirst() : "")
        }
        let lastText = day(last, withYear: first.year != thisYear || last.year != thisYear)
        guard first.dateText != last.dateText else { return lastText }
        return day(first, withYear: first.year != last.year) + (ascii ? " - " : " – ") + lastText
    }

    private static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
}
