import CostCore
import Foundation

/// What the explorer shows that is computed from the loaded records and the view's query: the
/// level's table, its previous-period totals, the changes found in it, the drill detail, the
/// column widths and the all-account totals.
///
/// One value, built in one place (``ExplorerState/deriveView()``) from one pass over the
/// records (``SpendMatrix``), and rebuilt only when one of its ``Inputs`` changed: the
/// reducer refreshes it after every action, so no action can leave it stale, and asking
/// again with the same inputs costs nothing.
public struct DerivedView: Equatable, Sendable {
    /// Everything the derived values are computed from.
    struct Inputs: Equatable, Sendable {
        let recordsGeneration: Int
        let accounts: [AccountKey]
        let excludedAccounts: Set<String>
        let range: DateRange
        let zone: TimeZone
        let granularity: Granularity
        let levels: [DrillLevel]
        let sortOrder: SortOrder
        let sortDescending: Bool
        let rowFilter: RowFilter?
        let now: Date
        let ascii: Bool
    }

    /// An account as the derived values see it (the drill path follows its provider).
    struct AccountKey: Equatable, Sendable {
        let name: String
        let provider: ProviderKind
    }

    var inputs: Inputs?
    /// The current level's table.
    public internal(set) var table: GroupTable
    /// What the current level shows besides bars (quantities, tariffs, a Seeweb server's
    /// month split); nil for most levels.
    public internal(set) var drillDetail: DrillDetail?
    /// Each row's previous-period total (the Δ and Δ% columns).
    public internal(set) var rowChanges = RowChanges.none
    /// The changes detected in each row and in the whole view (glyphs, strip marks).
    public internal(set) var rowEvents = RowEvents.none
    /// The widest text of each chart column over all rows, so a frame formats only the rows it shows.
    var chartWidths = ChartColumnWidths.none
    /// Rows at the current level before the row filter (the M of "N of M rows").
    public internal(set) var unfilteredRowCount = 0
    /// Totals per currency of every account's loaded records in the range (excluded ones too).
    public internal(set) var allAccountTotals = MoneyTotals()
    /// The records generation and range ``allAccountTotals`` was summed for: a regroup or a
    /// drill does not sum every account again.
    var allAccountTotalsSource: AllAccountTotalsSource?

    init(table: GroupTable) { self.table = table }
}

/// The records and range ``DerivedView/allAccountTotals`` was summed for.
struct AllAccountTotalsSource: Equatable, Sendable {
    let recordsGeneration: Int
    let range: DateRange
}

extension ExplorerState {
    /// The current level's table, derived from records, range and drill stack.
    public var table: GroupTable { derived.table }
    /// See ``DerivedView/drillDetail``.
    public var drillDetail: DrillDetail? { derived.drillDetail }
    /// See ``DerivedView/rowChanges``.
    public var rowChanges: RowChanges { derived.rowChanges }
    /// See ``DerivedView/rowEvents``.
    public var rowEvents: RowEvents { derived.rowEvents }
    /// See ``DerivedView/chartWidths``.
    var chartWidths: ChartColumnWidths { derived.chartWidths }
    /// See ``DerivedView/unfilteredRowCount``.
    public var unfilteredRowCount: Int { derived.unfilteredRowCount }
    /// See ``DerivedView/allAccountTotals``.
    public var allAccountTotals: MoneyTotals { derived.allAccountTotals }

    private var derivedInputs: DerivedView.Inputs {
        DerivedView.Inputs(
            recordsGeneration: load.recordsGeneration,
            accounts: query.accounts.map { DerivedView.AccountKey(name: $0.name, provider: $0.provider) },
            excludedAccounts: query.excludedAccounts, range: query.range, zone: query.zone,
            granularity: query.granularity, levels: chart.levels,
            sortOrder: chart.sortOrder, sortDescending: chart.sortDescending, rowFilter: chart.rowFilter,
            now: screen.now, ascii: screen.ascii)
    }

    /// Brings the derived view up to date and clamps the cursors to it. The strip follows the
    /// selected row again.
    public mutating func deriveView() {
        rebuildDerivedViewIfStale()
        chart.stripSubject = nil
        clampCursor()
        clampSeriesCursor()
    }

    /// Rebuilds the derived view when an input changed since it was built; returns whether it did.
    @discardableResult
    mutating func rebuildDerivedViewIfStale() -> Bool {
        adaptRootLevelToView()
        let inputs = derivedInputs
        guard inputs != derived.inputs else { return false }
        let matrix = levelMatrix(viewBoundaries: query.granularity.boundaries(of: query.range, in: query.zone))
        var table = matrix.viewTable(range: query.range, nestByParent: level.dimension == .object)
        let rowChanges = computeRowChanges(matrix)
        derived.rowEvents = computeRowEvents(matrix)
        derived.rowChanges = rowChanges
        if chart.sortOrder != .cost || !chart.sortDescending {
            table.rows = chart.sortOrder.apply(
                to: table.rows, descending: chart.sortDescending, changes: rowChanges.deltas(of: table.rows))
        }
        table.rows = Self.mainCurrencyFirst(table.rows)
        derived.unfilteredRowCount = table.rows.count
        if let rowFilter = chart.rowFilter, !rowFilter.isEmpty { table = table.keeping(rowFilter) }
        derived.table = table
        let totalsSource = AllAccountTotalsSource(recordsGeneration: load.recordsGeneration, range: query.range)
        if totalsSource != derived.allAccountTotalsSource {
            derived.allAccountTotals = load.records.totals(in: query.range)
            derived.allAccountTotalsSource = totalsSource
        }
        derived.drillDetail = computeDrillDetail()
        derived.chartWidths = ChartColumnWidths(state: self)
        derived.inputs = inputs
        chart.stripSubject = nil
        return true
    }
}
