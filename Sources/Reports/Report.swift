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
        /// Per-bucket amounts, when a granularity was asked for: (bucket start, amount).
        public var series: [(start: Date, amount: Money)]

        public static func == (lhs: Group, rhs: Group) -> Bool {
            lhs.key == rhs.key && lhs.label == rhs.label && lhs.amounts == rhs.amounts
                && lhs.series.map(\.start) == rhs.series.map(\.start)
                && lhs.series.map(\.amount) == rhs.series.map(\.amount)
        }
    }

    /// The dimension grouped by.
    public var dimension: CostDimension
    /// The UTC range covered.
    public var range: DateRange
    /// Groups, largest first (by their largest amount).
    public var groups: [Group]
    /// Totals per currency.
    public var totals: MoneyTotals
    /// Whether groups carry per-bucket series.
    public var hasSeries: Bool

    /// Builds a report from records.
    ///
    /// - Parameter granularity: when set, each group also gets its amount per bucket of that size in `zone`.
    public init(
        records: [CostRecord], dimension: CostDimension, range: DateRange, zone: TimeZone, granularity: Granularity?
    ) {
        let boundaries = (granularity ?? .month).boundaries(of: range, in: zone)
        let table = GroupTable(records: records, dimension: dimension, range: range, boundaries: boundaries)
        var order: [String] = []
        var byKey: [String: Group] = [:]
        for row in table.rows {
            if byKey[row.key.id] == nil {
                order.append(row.key.id)
                byKey[row.key.id] = Group(key: row.key.id, label: row.key.label, amounts: [], series: [])
            }
            byKey[row.key.id]!.amounts.append(row.money)
            byKey[row.key.id]!.label = Self.mergedLabel(byKey[row.key.id]!.label, row.key.label)
            if granularity != nil {
                for (index, amount) in row.series.enumerated() where !amount.isZero {
                    byKey[row.key.id]!.series.append((boundaries[index], Money(amount, row.currency)))
                }
            }
        }
        var groups = order.compactMap { byKey[$0] }
        for index in groups.indices {
            groups[index].amounts.sort { $0.currency < $1.currency }
            groups[index].series.sort { ($0.start, $0.amount.currency) < ($1.start, $1.amount.currency) }
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
        self.hasSeries = granularity != nil
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
        var series: [Date: [Currency: Amount]] = [:]
        for group in rest {
            for money in group.amounts { amounts[money.currency, default: .zero] += money.amount }
            for point in group.series {
                series[point.start, default: [:]][point.amount.currency, default: .zero] += point.amount.amount
            }
        }
        let other = Group(
            key: "(other)", label: "Other (\(rest.count) more)",
            amounts: amounts.keys.sorted().map { Money(amounts[$0]!, $0) },
            series: series.keys.sorted().flatMap { start in
                series[start]!.keys.sorted().map { (start: start, amount: Money(series[start]![$0]!, $0)) }
            })
        copy.groups = Array(groups.prefix(count)) + [other]
        return copy
    }
}
