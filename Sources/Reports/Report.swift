import CostCore
import Foundation

/// Spend grouped along one dimension over a range: what `costscope report` prints.
public struct Report: Sendable, Equatable {
    /// One group with its amounts, one per currency (never added across currencies).
    public struct Group: Sendable, Equatable {
        /// The group's stable key (project id, object id, …).
        public var key: String
        /// The human label.
        public var label: String
        /// Totals per currency, alphabetically by currency.
        public var amounts: [Money]
        /// Per-bucket amounts when a granularity was asked for, by start: they add up, per
        /// currency, to ``amounts``.
        public var series: [ReportSeriesPoint]
    }

    /// The dimension grouped by.
    public var dimension: CostDimension
    /// The UTC range covered.
    public var range: DateRange
    /// Groups, largest first (by their largest amount).
    public var groups: [Group]
    /// Totals per currency.
    public var totals: MoneyTotals
    /// The bucket size of the series, when a granularity was asked for.
    public var granularity: Granularity?
    /// Whether groups carry per-bucket series.
    public var hasSeries: Bool { granularity != nil }

    /// Builds a report from records.
    ///
    /// - Parameter granularity: when set, each group also gets its amount per bucket of that size in
    ///   `zone`; a record billed over a longer period than a bucket is a line of its own
    ///   (``ReportSeriesPoint/bill``).
    public init(
        records: [CostRecord], dimension: CostDimension, range: DateRange, zone: TimeZone, granularity: Granularity?
    ) {
        self.init(store: SpendStore(records), dimension: dimension, range: range, zone: zone, granularity: granularity)
    }

    /// Builds a report from the records of `store`, grouped as the explorer groups them.
    public init(
        store: SpendStore, dimension: CostDimension, range: DateRange, zone: TimeZone, granularity: Granularity?
    ) {
        let table = GroupTable(
            store: store, dimension: dimension, range: range, boundaries: [range.start, range.end])
        let series = granularity.map {
            ReportSeriesBuilder(dimension: dimension, range: range, granularity: $0, zone: zone).series(of: store)
        }
        var order: [String] = []
        var byKey: [String: Group] = [:]
        for row in table.rows {
            if byKey[row.key.id] == nil {
                order.append(row.key.id)
                byKey[row.key.id] = Group(
                    key: row.key.id, label: row.key.label, amounts: [], series: series?[row.key.id] ?? [])
            }
            byKey[row.key.id]!.amounts.append(row.money)
            byKey[row.key.id]!.label = Self.mergedLabel(byKey[row.key.id]!.label, row.key.label)
        }
        var groups = order.compactMap { byKey[$0] }
        for index in groups.indices {
            groups[index].amounts.sort { $0.currency < $1.currency }
        }
        groups.sort { lhs, rhs in
            let left = lhs.amounts.map(\.amount).max() ?? .zero
            let right = rhs.amounts.map(\.amount).max() ?? .zero
            return left != right ? left > right : lhs.label < rhs.label
        }
        self.dimension = dimension
        self.range = range
        self.groups = groups
        self.totals = table.totals
        self.granularity = granularity
    }

    /// One label for a group whose rows in several currencies were told apart by origin
    /// (`(unassigned) · Seeweb` in euros, `(unassigned) · OnApp, F5` in dollars): the name once,
    /// then every origin.
    static func mergedLabel(_ label: String, _ other: String) -> String {
        guard label != other else { return label }
        let separator = GroupRow.Origin.separator
        func split(_ text: String) -> (name: String, origins: [String]) {
            guard let range = text.range(of: separator, options: .backwards) else { return (text, []) }
            return (String(text[..<range.lowerBound]), text[range.upperBound...].components(separatedBy: ", "))
        }
        let (name, origins) = split(label)
        let (_, moreOrigins) = split(other)
        var merged = origins
        for origin in moreOrigins where !merged.contains(origin) { merged.append(origin) }
        return merged.isEmpty ? name : name + separator + merged.joined(separator: ", ")
    }

    /// The first `count` groups, and the rest merged into one `Other (N more)` group whose
    /// amounts (per currency) and series are their exact sums. Totals are unchanged.
    public func limited(to count: Int) -> Report {
        guard count >= 0, groups.count > count + 1 else { return self }
        var copy = self
        let rest = groups[count...]
        var amounts: [Currency: Amount] = [:]
        var series = ReportSeriesBuilder.Sums()
        for group in rest {
            for money in group.amounts { amounts[money.currency, default: .zero] += money.amount }
            for point in group.series { series.add(point) }
        }
        let other = Group(
            key: "(other)", label: "Other (\(rest.count) more)",
            amounts: amounts.keys.sorted().map { Money(amounts[$0]!, $0) }, series: series.points)
        copy.groups = Array(groups.prefix(count)) + [other]
        return copy
    }
}
