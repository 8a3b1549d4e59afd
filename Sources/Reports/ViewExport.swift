import CostCore
import Foundation

/// One explorer view as a document: the rows on screen with exact amounts, and what selects them.
public struct ViewExport: Sendable, Equatable {
    /// One row.
    public struct Row: Sendable, Equatable {
        /// The group's stable id.
        public var key: String
        /// The label.
        public var label: String
        /// The object type or metric unit, if any.
        public var kind: String?
        /// The exact amount.
        public var money: Money

        /// Creates a row.
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

    /// Creates a document.
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

    /// A row's share of its currency's total, e.g. `83.4%`.
    func share(of row: Row) -> String {
        row.money.amount.ratio(to: totals[row.money.currency].amount).map(ReportWriter.percent) ?? ""
    }

    private func day(_ date: Date) -> String {
        CivilDateTime(date, utcOffsetSeconds: zone.secondsFromGMT(for: date)).dateText
    }
}
