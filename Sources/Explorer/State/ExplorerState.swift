import CostCore
import Foundation
import TerminalKit

/// The whole state of the explorer: a value, changed only by ``reduce(_:_:)``. Each part is
/// owned by the pane or overlay that changes it; the derived view is computed from them.
public struct ExplorerState: Equatable, Sendable {
    /// What each provider calls things and how its spend is explored (from the providers' profiles).
    public let providers: ProviderCatalog
    /// The terminal and the session: size, clock, glyphs, notices.
    public var screen: ScreenState
    /// What the view asks for: accounts, range, zone, buckets, groupings.
    public var query: QueryState
    /// What is being fetched and what has arrived.
    public var load = LoadState()
    /// The chart: drill levels, order, filter, cursor, and the time-series strip's column.
    public var chart: ChartState
    /// Which pane has the focus, and the side panes' cursors.
    public var panes: PaneCursors
    /// The open overlay or prompt, if any: it takes every key until it closes.
    public var modal: Modal?
    /// The table and everything else computed from the records for the current view.
    public internal(set) var derived: DerivedView

    /// Creates the initial state and the effects to run first.
    public init(
        providers: ProviderCatalog, size: TerminalSize, now: Date, zone: TimeZone, accounts: [AccountEntry],
        preset: DatePreset = .last30Days,
        dimensions: [CostDimension] = [.project, .object, .metric, .region, .service], ascii: Bool = false
    ) {
        self.providers = providers
        self.screen = ScreenState(size: size, now: now, ascii: ascii)
        let range = preset.range(now: now, in: zone)
        self.query = QueryState(accounts: accounts, preset: preset, range: range, zone: zone, dimensions: dimensions)
        let root = DrillLevel(dimension: dimensions.first ?? .project)
        self.chart = ChartState(levels: [root])
        self.panes = PaneCursors(rangeCursor: DatePreset.allCases.firstIndex(of: preset) ?? 0)
        self.derived = DerivedView(
            table: GroupTable(
                store: SpendStore(), dimension: root.dimension, range: range, boundaries: [range.start, range.end]))
        deriveView()
    }

    /// The current (deepest) drill level.
    public var level: DrillLevel { chart.levels[chart.levels.count - 1] }

    /// The selected row, if any.
    public var selectedRow: GroupRow? {
        table.rows.indices.contains(chart.cursor) ? table.rows[chart.cursor] : nil
    }

    /// Whether any account is still loading for the current query.
    public var isLoading: Bool { load.pendingRequestID != nil && !load.loadingAccounts.isEmpty }

    /// The query that fetches what the current view needs.
    public var fetchQuery: FetchQuery {
        FetchQuery(
            accounts: query.accounts.map(\.name), range: fetchRange, granularity: query.granularity, zone: query.zone)
    }

    /// The dimension drilled into from `dimension`, or nil at the deepest level.
    public func nextDimension(after dimension: CostDimension, filtered: [DrillFilter]) -> CostDimension? {
        let used = Set(filtered.map(\.dimension)).union([dimension])
        if let index = query.drillOrder.firstIndex(of: dimension),
            let next = query.drillOrder[(index + 1)...].first(where: { !used.contains($0) })
        {
            return next
        }
        return query.drillOrder.first { !used.contains($0) }
    }

    /// Rows in blocks per currency, the currency with the most records first (the account's
    /// main currency, not the alphabetically first), keeping the order inside each block.
    public static func mainCurrencyFirst(_ rows: [GroupRow]) -> [GroupRow] {
        var counts: [Currency: Int] = [:]
        for row in rows { counts[row.currency, default: 0] += row.recordCount }
        guard counts.count > 1 else { return rows }
        let order = counts.keys.sorted { lhs, rhs in
            counts[lhs]! != counts[rhs]! ? counts[lhs]! > counts[rhs]! : lhs < rhs
        }
        return order.flatMap { currency in rows.filter { $0.currency == currency } }
    }

    /// Keeps the cursor on a row and the scroll offset sensible.
    public mutating func clampCursor() {
        chart.cursor = min(max(0, chart.cursor), max(0, table.rows.count - 1))
        chart.scroll = min(max(0, chart.scroll), max(0, table.rows.count - 1))
    }
}

extension TimeZone {
    /// A short label for the zone: `MSK`, `UTC`, or `UTC+05:30` style.
    public func shortLabel(at date: Date) -> String {
        if identifier == "Europe/Moscow" { return "MSK" }
        let seconds = secondsFromGMT(for: date)
        if seconds == 0 { return "UTC" }
        let sign = seconds < 0 ? "-" : "+"
        let hours = abs(seconds) / 3_600
        let minutes = abs(seconds) % 3_600 / 60
        return minutes == 0 ? "UTC\(sign)\(hours)" : "UTC\(sign)\(hours):\(minutes < 10 ? "0" : "")\(minutes)"
    }
}

extension ExplorerState {
    /// The name of the current range: the preset's title, or "Custom".
    public var rangeTitle: String { query.preset?.title ?? "Custom" }
}

extension ExplorerState {
    /// Opens the explorer at a given view before the first fetch: a range
    /// (shown as `preset` when it is one), a root grouping and a bucket size.
    /// Returns false when `dimension` is not one the grouping pane offers.
    public mutating func open(
        range newRange: DateRange, preset newPreset: DatePreset?, dimension: CostDimension,
        granularity newGranularity: Granularity
    ) -> Bool {
        guard let index = query.dimensions.firstIndex(of: dimension) else { return false }
        query.range = newRange
        query.preset = newPreset ?? DatePreset.allCases.first { $0.range(now: screen.now, in: query.zone) == newRange }
        panes.rangeCursor = query.preset.flatMap { DatePreset.allCases.firstIndex(of: $0) } ?? Self.customRangeEntry
        chart.levels = [DrillLevel(dimension: dimension)]
        panes.groupingCursor = index
        query.granularity = newGranularity
        chart.cursor = 0
        chart.scroll = 0
        deriveView()
        return true
    }
}
