import ArgumentParser
import CostCore
import CostscopeApp
import Foundation

/// Which spend to show: accounts, date range, zone, grouping and granularity.
struct SelectionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only this account (repeatable).", valueName: "name"))
    var account: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A named range: \(DatePreset.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "preset"))
    var range: DatePreset?

    @Option(name: .long, help: ArgumentHelp("First day, inclusive (YYYY-MM-DD, in --tz).", valueName: "date"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Last day, inclusive (YYYY-MM-DD, in --tz).", valueName: "date"))
    var to: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Time zone for days, e.g. Europe/Moscow or UTC (default: local).", valueName: "zone"))
    var tz: String?

    @Option(
        name: .customLong("group-by"),
        help: ArgumentHelp(
            "project, object, metric, region, service, account or provider; providers' own names work too: resource, sku, vm, group, server, plan, item.",
            valueName: "dimension"))
    var groupBy: CostDimension = .project

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Period size: hour, day, week or month (explorer: time-series bars; report: adds per-period amounts).",
            valueName: "size"))
    var granularity: Granularity?

    func validate() throws {
        if range != nil && (from != nil || to != nil) { throw ValidationError("give --range or --from/--to, not both") }
        if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together") }
        _ = try zone()
        if let from, let to {
            guard let first = CivilDateTime(parsing: from) else {
                throw ValidationError("--from '\(from)' is not YYYY-MM-DD")
            }
            guard let last = CivilDateTime(parsing: to) else { throw ValidationError("--to '\(to)' is not YYYY-MM-DD") }
            for (name, text, day) in [("--from", from, first), ("--to", to, last)] where !day.isSupported {
                throw ValidationError(
                    "\(name) \(text): only dates from \(CivilDateTime.supportedRangeText) are supported")
            }
            guard first <= last else { throw ValidationError("--from \(from) is after --to \(to)") }
        }
    }

    /// The zone from `--tz`, else the local one.
    func zone() throws -> TimeZone {
        guard let tz else { return TimeZone.current }
        guard let zone = TimeZone(identifier: tz) else {
            throw ValidationError("--tz '\(tz)' is not a time zone name (e.g. UTC, Europe/Moscow)")
        }
        return zone
    }

    /// The UTC range selected at `now`: whole days in the zone given by `--tz`.
    func dateRange(now: Date) throws -> DateRange {
        try dateRange(now: now, in: try zone())
    }

    /// The UTC range selected at `now`: whole days in `zone`.
    func dateRange(now: Date, in zone: TimeZone) throws -> DateRange {
        if let from, let to, let first = CivilDateTime(parsing: from), let last = CivilDateTime(parsing: to) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let start = calendar.date(from: DateComponents(year: first.year, month: first.month, day: first.day))!
            let lastDay = calendar.date(from: DateComponents(year: last.year, month: last.month, day: last.day))!
            return DateRange(start: start, end: calendar.date(byAdding: .day, value: 1, to: lastDay)!)
        }
        return (range ?? .last30Days).range(now: now, in: zone)
    }
}

extension DatePreset: ExpressibleByArgument {}
extension CostDimension: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }

    public static var allValueStrings: [String] { allNames }
}
extension Granularity: ExpressibleByArgument {}
