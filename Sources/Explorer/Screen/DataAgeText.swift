import CostCore
import Foundation
import TerminalKit

/// How old cached data is, for the accounts pane: `as of 10:05 UTC` on the UTC day of `now`,
/// `as of 2026-11-03` before it, shortened to fit.
enum DataAgeText {
    /// The longest form of the label for `asOf` that fits in `width` columns, or nil when none does.
    static func label(asOf: Date, now: Date, width: Int) -> String? {
        let fetched = CivilDateTime(asOf, utcOffsetSeconds: 0)
        let day = fetched.dateText
        let time = String(fetched.isoText(separator: " ").suffix(8).prefix(5))
        let forms =
            day == CivilDateTime(now, utcOffsetSeconds: 0).dateText
            ? ["as of \(time) UTC", "as of \(time)", time]
            : ["as of \(day)", day, String(day.dropFirst(5))]
        return forms.first { $0.count <= width }
    }
}

extension DataAgeText {
    /// Draws the age of `entry`'s cached data right-aligned so it ends before `rightEdge`.
    /// The longest form that leaves the name whole is chosen, else the one that leaves it at
    /// least twelve of the `available` columns. Returns the columns taken from the name, or 0.
    static func draw(
        for entry: AccountEntry, now: Date, in frame: inout Frame, rightEdge: Int, y: Int, available: Int, style: Style
    ) -> Int {
        guard let asOf = entry.dataAsOf else { return 0 }
        let nameWidth = DisplayWidth.of(entry.name)
        guard
            let text = label(asOf: asOf, now: now, width: available - nameWidth - 1)
                ?? label(asOf: asOf, now: now, width: available - min(nameWidth, 12) - 1)
        else { return 0 }
        let width = DisplayWidth.of(text)
        frame.put(text, x: rightEdge - width, y: y, style: style)
        return width + 1
    }
}
