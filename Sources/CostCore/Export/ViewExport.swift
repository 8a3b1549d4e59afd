import Foundation

/// One explorer view as a document: every row the chart lists (all pages, after the filter) with
/// exact amounts, and what selects them. The explorer builds it; `Reports` writes it.
public struct ViewExport: Sendable, Hashable {
    /// One row.
    public struct Row: Sendable, Hashable {
        /// The group's stable id.
        public var key: String
        /// The label.
        public var label: String
        /// The object type or metric unit, if any.
        public var kind: String?
        /// The exact amount.
        public var money: Money

        public init(key: String, label: String, kind: String?, money: Money) {
            self.key = key
            self.label = label
            self.kind = kind
            self.money = money
        }
    }

    /// What the rows are grouped by.
    public var grouping: CostDimension
    /// Breadcrumbs from the root grouping to the rows' level.
    public var drillPath: [String]
    /// The row filter as typed, or nil.
    public var filter: String?
    /// The UTC range.
    public var range: DateRange
    /// The zone days are cut in.
    public var zone: TimeZone
    /// The accounts counted.
    public var accounts: [String]
    /// The rows in view order.
    public var rows: [Row]
    /// Totals per currency of the rows.
    public var totals: MoneyTotals

    public init(
        grouping: CostDimension, drillPath: [String], filter: String?, range: DateRange, zone: TimeZone,
        accounts: [String], rows: [Row], totals: MoneyTotals
    ) {
        self.grouping = grouping
        self.drillPath = drillPath
        self.filter = filter
        self.range = range
        self.zone = zone
        self.accounts = accounts
        self.rows = rows
        self.totals = totals
    }

    /// The first day of the range, in the zone (`YYYY-MM-DD`).
    public var firstDay: String { day(range.start) }
    /// The last day of the range, inclusive, in the zone.
    public var lastDay: String { day(range.end.addingTimeInterval(-1)) }

    private func day(_ date: Date) -> String {
        CivilDateTime(date, utcOffsetSeconds: zone.secondsFromGMT(for: date)).dateText
    }
}
