import CostCore
import Foundation

/// Which periods a provider may still change, so the cache refetches them.
///
/// Everything from the start of the current UTC month is open (hours and days are still
/// being billed). The month counts as current until a full day after it ends, so the last
/// hours of a month, billed in the first hours of the next, are refetched too. A provider that
/// restates earlier months (Cloud.ru: the previous one, see `providers.md`) keeps those open as
/// well; its profile says how many (`ProviderTraits.restatedMonths`).
public enum SettledPeriods {
    /// The first instant a provider restating `restatedMonths` months may still change at `now`:
    /// periods ending at or before it are final.
    public static func openFrom(restatedMonths: Int, now: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let dayAgo = now.addingTimeInterval(-86_400)
        let monthStart = calendar.dateInterval(of: .month, for: dayAgo)?.start ?? dayAgo
        return calendar.date(byAdding: .month, value: -restatedMonths, to: monthStart) ?? monthStart
    }
}
