import Foundation

extension DateRange {
    /// The range of the same length just before (`steps < 0`) or after
    /// (`steps > 0`) this one, `abs(steps)` times over, with boundaries in `zone`.
    ///
    /// Whole calendar months shift by months (last month → the month before),
    /// whole days by days (so a daylight-saving change keeps days whole), and
    /// anything else by its exact duration.
    public func shifted(by steps: Int, in zone: TimeZone) -> DateRange {
        guard steps != 0, !isEmpty else { return self }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let startParts = calendar.dateComponents([.day, .hour, .minute, .second], from: start)
        let endParts = calendar.dateComponents([.day, .hour, .minute, .second], from: end)
        let midnight = { (parts: DateComponents) in parts.hour == 0 && parts.minute == 0 && parts.second == 0 }
        if midnight(startParts), midnight(endParts), startParts.day == 1, endParts.day == 1,
            let months = calendar.dateComponents([.month], from: start, to: end).month, months > 0,
            let newStart = calendar.date(byAdding: .month, value: months * steps, to: start),
            let newEnd = calendar.date(byAdding: .month, value: months * steps, to: end)
        {
            return DateRange(start: newStart, end: newEnd)
        }
        if midnight(startParts), midnight(endParts),
            let days = calendar.dateComponents([.day], from: start, to: end).day, days > 0,
            let newStart = calendar.date(byAdding: .day, value: days * steps, to: start),
            let newEnd = calendar.date(byAdding: .day, value: days * steps, to: end)
        {
            return DateRange(start: newStart, end: newEnd)
        }
        let offset = duration * Double(steps)
        return DateRange(start: start.addingTimeInterval(offset), end: end.addingTimeInterval(offset))
    }
}
