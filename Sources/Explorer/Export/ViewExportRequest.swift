import CostCore
import Foundation

/// Everything needed to write the current view to a file: the rows shown (after the
/// filter, with exact amounts) and what selects them. Built by the reducer; the
/// executable writes it, since the explorer does no file I/O.
public struct ViewExportRequest: Hashable, Sendable {
    /// One chart row.
    public struct Row: Hashable, Sendable {
        /// The group's stable id.
        public var key: String
        /// The label shown.
        public var label: String
        /// The object type or metric unit, when the chart shows one.
        public var kind: String?
        /// The row's exact amount.
        public var money: Money

        /// Creates a row.
        public init(key: String, label: String, kind: String?, money: Money) {
            self.key = key
            self.label = label
            self.kind = kind
            self.money = money
        }
    }

    /// The file format.
    public var format: ViewExportFormat
    /// What the rows are grouped by (the current drill level's dimension).
    public var grouping: CostDimension
    /// The breadcrumbs, from `All projects` down to the current level.
    public var drillPath: [String]
    /// The row filter in force, as typed, or nil.
    public var filter: String?
    /// The UTC range.
    public var range: DateRange
    /// The zone days are cut in.
    public var zone: TimeZone
    /// The accounts whose records are counted.
    public var accounts: [String]
    /// The rows, in chart order.
    public var rows: [Row]
    /// Totals per currency of `rows`.
    public var totals: MoneyTotals

    /// Creates a request.
    public init(
        format: ViewExportFormat, grouping: CostDimension, drillPath: [String], filter: String?, range: DateRange,
        zone: TimeZone, accounts: [String], rows: [Row], totals: MoneyTotals
    ) {
        self.format = format
        self.grouping = grouping
        self.drillPath = drillPath
        self.filter = filter
        self.range = range
        self.zone = zone
        self.accounts = accounts
        self.rows = rows
        self.totals = totals
    }
}
