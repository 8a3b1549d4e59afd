import CostCore
import TerminalKit

/// The quantity and tariff columns of a leaf level (Cloud.ru SKUs, one Selectel object's
/// metrics, F5 usage items), placed between the bars and the amounts. They are the first
/// thing dropped when the pane is narrow: labels and bars keep ``minimumLabelAndBar`` cells,
/// and amounts are never cut.
struct LeafDetailColumns {
    /// Cells the label and bar columns keep before any detail column is shown.
    static let minimumLabelAndBar = 40

    /// Each row's quantity and tariff by row id; empty when the level has none.
    let detailsByRow: [String: LeafRowDetail]
    /// Whether the tariff column is wanted.
    let showsTariff: Bool
    /// Draw ASCII only (currency codes, a plain dash).
    let ascii: Bool
    /// Width of the quantity column; 0 when it is not shown.
    let quantityWidth: Int
    /// Width of the tariff column; 0 when it is not shown.
    let tariffWidth: Int

    /// No detail columns.
    static let none = LeafDetailColumns(
        detailsByRow: [:], showsTariff: false, ascii: false, quantityWidth: 0, tariffWidth: 0)

    /// Cells taken, spaces after each column included.
    var width: Int { (quantityWidth > 0 ? quantityWidth + 1 : 0) + (tariffWidth > 0 ? tariffWidth + 1 : 0) }

    /// Whether the quantity column (which names the unit) is shown, making a unit column redundant.
    var showsUnit: Bool { quantityWidth > 0 }

    private init(
        detailsByRow: [String: LeafRowDetail], showsTariff: Bool, ascii: Bool, quantityWidth: Int, tariffWidth: Int
    ) {
        self.detailsByRow = detailsByRow
        self.showsTariff = showsTariff
        self.ascii = ascii
        self.quantityWidth = quantityWidth
        self.tariffWidth = tariffWidth
    }

    /// The leaf details of `state`'s level and whether tariffs are shown; nil when the level has none.
    static func details(of state: ExplorerState) -> (byRow: [String: LeafRowDetail], showsTariff: Bool)? {
        guard case .quantities(let details, let showsTariff) = state.drillDetail else { return nil }
        return (details, showsTariff)
    }

    /// The columns for `state`'s rows, whose widest texts are in `widths`, when `room` cells
    /// are left for label, bar and details.
    init(state: ExplorerState, widths: ChartColumnWidths, room: Int) {
        guard let (details, showsTariff) = Self.details(of: state) else {
            self = .none
            return
        }
        func columnWidth(_ widest: Int, heading: String) -> Int {
            widest == 0 ? 0 : max(widest, DisplayWidth.of(heading))
        }
        var quantityWidth = columnWidth(widths.quantity, heading: "Quantity")
        var tariffWidth = showsTariff ? columnWidth(widths.tariff, heading: "Tariff") : 0
        func taken() -> Int { (quantityWidth > 0 ? quantityWidth + 1 : 0) + (tariffWidth > 0 ? tariffWidth + 1 : 0) }
        if room - taken() < Self.minimumLabelAndBar { tariffWidth = 0 }
        if room - taken() < Self.minimumLabelAndBar { quantityWidth = 0 }
        self.init(
            detailsByRow: details, showsTariff: showsTariff, ascii: state.screen.ascii, quantityWidth: quantityWidth,
            tariffWidth: tariffWidth)
    }

    /// Draws the column headings at `x`.
    func drawHeadings(in frame: inout Frame, x: Int, y: Int) {
        let heading = Style(.muted, underline: true)
        if quantityWidth > 0 { frame.put(TextFit.right("Quantity", width: quantityWidth), x: x, y: y, style: heading) }
        if tariffWidth > 0 {
            frame.put(TextFit.right("Tariff", width: tariffWidth), x: x + offsetOfTariff, y: y, style: heading)
        }
    }

    /// Draws `row`'s cells at `x`.
    func drawRow(_ row: GroupRow, in frame: inout Frame, x: Int, y: Int, style: Style) {
        let detail = detailsByRow[row.id]
        if quantityWidth > 0 {
            let text = detail.map { Self.quantityText($0) } ?? ""
            frame.put(TextFit.right(text, width: quantityWidth), x: x, y: y, style: style)
        }
        if tariffWidth > 0 {
            let text = detail.map { Self.tariffText($0, row.currency, ascii: ascii) } ?? ""
            frame.put(TextFit.right(text, width: tariffWidth), x: x + offsetOfTariff, y: y, style: style)
        }
    }

    private var offsetOfTariff: Int { quantityWidth > 0 ? quantityWidth + 1 : 0 }

    /// `1,440 h`, `12.5 GB`; empty when the units disagree or nothing was measured.
    static func quantityText(_ detail: LeafRowDetail) -> String {
        guard let quantity = detail.quantity, !detail.hasMixedUnits else { return "" }
        let magnitude = quantity.magnitude
        let places = magnitude >= Amount(1_000) ? 0 : magnitude >= Amount(1) ? 2 : 4
        var text = quantity.formatted(places: places, groupingSeparator: ",")
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return detail.unit.map { text + " " + $0 } ?? text
    }

    /// The tariff exactly as stated, with the currency: `1.85 ₽`, or `1.7–1.85 ₽` when it changed.
    static func tariffText(_ detail: LeafRowDetail, _ currency: Currency, ascii: Bool) -> String {
        guard let range = detail.tariffRange else { return "" }
        let unit = ascii ? currency.code : currency.symbol
        let low = range.lowerBound.description
        if range.lowerBound == range.upperBound { return low + " " + unit }
        return low + (ascii ? "-" : "–") + range.upperBound.description + " " + unit
    }
}
