import CostCore
import TerminalKit

/// The widest text of each chart column over every row of the table, and each currency's
/// largest row: what the column layout needs from rows that are not on screen. Computed once
/// per table (``ExplorerState/deriveView()``) so a frame formats only the visible rows.
struct ChartColumnWidths: Equatable, Sendable {
    /// Whether the widths were measured for ASCII-only drawing (currency codes, plain dashes).
    let ascii: Bool
    /// The widest amount as shown (at least 4).
    let amount: Int
    /// The widest label, with room for the tree branch of a nested row.
    let label: Int
    /// The widest object type or metric unit (0 when no row has one).
    let kind: Int
    /// The widest quantity and tariff of a leaf level (0 when none).
    let quantity: Int
    let tariff: Int
    /// The widest Δ and Δ% texts (0 when there is nothing to compare with).
    let delta: Int
    let percent: Int
    /// The widest Δ with thousands and millions shortened (`+105.8K ₽`), for narrow panes.
    var compactDelta = 0
    /// Each currency's largest row total (the full length of a bar).
    let maxima: [Currency: Amount]

    /// No rows.
    static let none = ChartColumnWidths(
        ascii: false, amount: 4, label: 0, kind: 0, quantity: 0, tariff: 0, delta: 0, percent: 0, maxima: [:])

    private init(
        ascii: Bool, amount: Int, label: Int, kind: Int, quantity: Int, tariff: Int, delta: Int, percent: Int,
        maxima: [Currency: Amount]
    ) {
        self.ascii = ascii
        self.amount = amount
        self.label = label
        self.kind = kind
        self.quantity = quantity
        self.tariff = tariff
        self.delta = delta
        self.percent = percent
        self.maxima = maxima
    }

    /// Measures every row of `state`'s table as the chart pane draws it.
    init(state: ExplorerState) {
        let ascii = state.screen.ascii
        var amount = 4
        var label = 0
        var kind = 0
        var quantity = 0
        var tariff = 0
        var delta = 0
        var percent = 0
        var compactDelta = 0
        var maxima: [Currency: Amount] = [:]
        let details = LeafDetailColumns.details(of: state)
        let changes = state.rowChanges.previousRange == nil ? nil : state.rowChanges
        for row in state.table.rows {
            amount = max(amount, DisplayWidth.of(row.money.formatted(ascii: ascii)))
            label = max(label, DisplayWidth.of(row.key.label) + (row.depth > 0 ? 3 : 0))
            if let text = row.key.kind { kind = max(kind, DisplayWidth.of(text)) }
            if let (detailsByRow, showsTariff) = details, let detail = detailsByRow[row.id] {
                quantity = max(quantity, DisplayWidth.of(LeafDetailColumns.quantityText(detail)))
                if showsTariff {
                    tariff = max(
                        tariff, DisplayWidth.of(LeafDetailColumns.tariffText(detail, row.currency, ascii: ascii)))
                }
            }
            if let changes {
                delta = max(delta, DisplayWidth.of(ChangeColumns.deltaText(of: row, changes, ascii: ascii)))
                compactDelta = max(
                    compactDelta,
                    DisplayWidth.of(ChangeColumns.deltaText(of: row, changes, ascii: ascii, compact: true)))
                percent = max(percent, DisplayWidth.of(ChangeColumns.percentText(of: row, changes, ascii: ascii)))
            }
            maxima[row.currency] = max(maxima[row.currency] ?? .zero, row.total)
        }
        self.init(
            ascii: ascii, amount: amount, label: label, kind: kind, quantity: quantity, tariff: tariff, delta: delta,
            percent: percent, maxima: maxima)
        self.compactDelta = compactDelta
    }

    /// The widths for `state`: the ones stored with its table, or measured now when the table's
    /// were measured for other drawing (ASCII switched on after the table was built).
    static func of(_ state: ExplorerState) -> ChartColumnWidths {
        state.chartWidths.ascii == state.screen.ascii ? state.chartWidths : ChartColumnWidths(state: state)
    }
}
