import CostCore
import Foundation

/// The whole state of the explorer: a value, changed only by ``reduce(_:_:)``.
public struct ExplorerState: Equatable, Sendable {
    /// What each provider calls things and how its spend is explored (from the providers' profiles).
    public let providers: ProviderCatalog
    /// The terminal size the next frame is drawn for.
    public var size: TerminalSize
    /// The clock the presets are computed from.
    public var now: Date
    /// The zone in which days, weeks and months are cut and labelled.
    public var zone: TimeZone
    /// Draw with ASCII instead of Unicode box and block characters.
    public var ascii: Bool

    /// The focused pane.
    public var focus: Pane = .chart
    /// Whether the key help overlay is shown.
    public var showHelp = false
    /// Whether the terminal reports the mouse (`--mouse`): help then says what clicks do.
    public var mouseEnabled = false
    /// A one-line notice at the bottom (cleared by the next key).
    public var notice: String?
    /// A short note shown after the product name in the header, e.g. `demo`.
    public var headerNote: String?

    /// Configured accounts with their load status.
    public var accounts: [AccountEntry]
    /// The highlighted entry in the accounts pane.
    public var accountCursor = 0

    /// The chosen date preset, or nil for a custom range (e.g. after `[` or `]`).
    public var preset: DatePreset?
    /// The highlighted entry in the range pane.
    public var rangeCursor: Int
    /// The UTC range shown.
    public var range: DateRange
    /// Bucket size of the time series.
    public var granularity: Granularity = .day
    /// The text typed so far in the open range prompt (`d`); nil when the prompt is closed.
    public var rangePrompt: String?
    /// Why the text entered in the range prompt is not a range; nil until Enter rejects it.
    public var rangePromptError: String?
    /// The highlighted column of the time-series strip (an index into ``seriesColumns``).
    public var seriesCursor = Int.max

    /// Dimensions offered in the grouping pane.
    public var dimensions: [CostDimension]
    /// The path Enter follows: to the next dimension in this list not yet
    /// filtered on, else to the first one not yet filtered on (so a metric
    /// drills into the projects that use it).
    public var drillOrder: [CostDimension] = [.project, .object, .metric]
    /// The highlighted entry in the grouping pane.
    public var groupingCursor = 0

    /// The drill-down stack; the first level is the chosen grouping.
    public var levels: [DrillLevel]
    /// How chart rows are ordered.
    public var sortOrder: SortOrder = .cost
    /// Whether the order is reversed from its natural direction.
    public var sortDescending = true
    /// What a full-width bar means.
    public var barScale: BarScale = .largestRow
    /// The selected row index in the chart.
    public var cursor = 0
    /// Whether the user put the cursor where it is (moving or going back), so data arriving
    /// later keeps that row selected; otherwise the cursor stays on the first row.
    public var cursorChosen = false
    /// The row that was selected when the view was emptied for a new fetch (a new range, a
    /// refresh): it is selected again as soon as it reappears, whichever account answers first.
    public var awaitedRowID: String?
    /// The first chart row shown (scrolling).
    public var scroll = 0
    /// The id of the row the time-series strip shows while the chart cursor moves: it stays
    /// on the row shown before the move until ``Action/settle``, so a move redraws only the two
    /// highlighted rows. Nil when the strip follows the selected row (see ``stripRow``).
    public internal(set) var stripSubject: String?
    /// The index in ``table`` of the ``stripSubject`` row (a rebuilt table lets the strip
    /// follow the selection again).
    var stripSubjectIndex = 0

    /// Records currently loaded, all accounts together.
    public var records = SpendStore() {
        didSet { recordsGeneration &+= 1 }
    }
    /// Counts changes to ``records``: the derived view is rebuilt when it moves.
    var recordsGeneration = 0
    /// The table and everything else computed from ``records`` for the current view.
    public internal(set) var derived: DerivedView
    /// The id of the fetch whose results are awaited; older results are dropped.
    public var pendingRequestID: Int?
    /// The last request id issued.
    public var lastRequestID = 0
    /// Accounts still loading for the pending request.
    public var loadingAccounts: Set<String> = []

    /// The chart row filter in force (`/`), or nil.
    public var rowFilter: RowFilter?
    /// The last filter applied: `n` / `N` jump between its matches, also after Esc cleared it.
    public var lastSearch: RowFilter?
    /// The text typed so far in the open filter prompt; nil when the prompt is closed.
    public var filterPrompt: String?
    /// Accounts left out of the view with Space in the accounts pane; their records are not counted.
    public var excludedAccounts: Set<String> = []
    /// The open "what changed" list (`w`), or nil.
    public var changesOverlay: ChangesOverlay?
    /// The open command menu (`:` or `e`), or nil.
    public var commandMenu: CommandMenu?
    /// Arguments telling `costscope report` where the accounts come from, e.g. `--demo`.
    public var reportSource: [String] = []
    /// Whether ``notice`` reports a failure (drawn as an error).
    public var noticeIsError = false

    /// Creates the initial state and the effects to run first.
    public init(
        providers: ProviderCatalog, size: TerminalSize, now: Date, zone: TimeZone, accounts: [AccountEntry],
        preset: DatePreset = .last30Days,
        dimensions: [CostDimension] = [.project, .object, .metric, .region, .service], ascii: Bool = false
    ) {
        self.providers = providers
        self.size = size
        self.now = now
        self.zone = zone
        self.ascii = ascii
        self.accounts = accounts
        self.preset = preset
        self.rangeCursor = DatePreset.allCases.firstIndex(of: preset) ?? 0
        self.range = preset.range(now: now, in: zone)
        self.dimensions = dimensions
        let root = DrillLevel(dimension: dimensions.first ?? .project)
        self.levels = [root]
        self.derived = DerivedView(
            table: GroupTable(
                store: SpendStore(), dimension: root.dimension, range: range, boundaries: [range.start, range.end]))
        deriveView()
    }

    /// The current (deepest) drill level.
    public var level: DrillLevel { levels[levels.count - 1] }

    /// The selected row, if any.
    public var selectedRow: GroupRow? {
        table.rows.indices.contains(cursor) ? table.rows[cursor] : nil
    }

    /// Whether any account is still loading for the current query.
    public var isLoading: Bool { pendingRequestID != nil && !loadingAccounts.isEmpty }

    /// The query that fetches what the current view needs.
    public var query: FetchQuery {
        FetchQuery(accounts: accounts.map(\.name), range: fetchRange, granularity: granularity, zone: zone)
    }

    /// The dimension drilled into from `dimension`, or nil at the deepest level.
    public func nextDimension(after dimension: CostDimension, filtered: [DrillFilter]) -> CostDimension? {
        let used = Set(filtered.map(\.dimension)).union([dimension])
        if let index = drillOrder.firstIndex(of: dimension),
            let next = drillOrder[(index + 1)...].first(where: { !used.contains($0) })
        {
            return next
        }
        return drillOrder.first { !used.contains($0) }
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
        cursor = min(max(0, cursor), max(0, table.rows.count - 1))
        scroll = min(max(0, scroll), max(0, table.rows.count - 1))
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
    public var rangeTitle: String { preset?.title ?? "Custom" }
}

extension ExplorerState {
    /// Opens the explorer at a given view before the first fetch: a range
    /// (shown as `preset` when it is one), a root grouping and a bucket size.
    /// Returns false when `dimension` is not one the grouping pane offers.
    public mutating func open(
        range newRange: DateRange, preset newPreset: DatePreset?, dimension: CostDimension,
        granularity newGranularity: Granularity
    ) -> Bool {
        guard let index = dimensions.firstIndex(of: dimension) else { return false }
        range = newRange
        preset = newPreset ?? DatePreset.allCases.first { $0.range(now: now, in: zone) == newRange }
        rangeCursor = preset.flatMap { DatePreset.allCases.firstIndex(of: $0) } ?? Self.customRangeEntry
        levels = [DrillLevel(dimension: dimension)]
        groupingCursor = index
        granularity = newGranularity
        cursor = 0
        scroll = 0
        deriveView()
        return true
    }
}
