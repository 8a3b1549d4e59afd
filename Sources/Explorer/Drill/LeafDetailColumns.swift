import CostCore

/// The quantity and tariff columns of a leaf level (Cloud.ru SKUs, one Selectel object's
/// metrics, F5 usage items), placed between the bars and the amounts. They are the first
/// thing dropped when the pane is narrow: labels and bars keep ``minimumLabelAndBar`` cells,
/// and amounts are never cut.
struct LeafDetailColumns {
    /// Cells the label and bar columns keep before any detail column is shown.
    static let minimumLabelAndBar = 40

    /// Per row index: quantity with its unit, or "".
    let quantityTexts: [String]
    /// Per row index: the tariff, or "".
    let tariffTexts: [String]
    /// Width of the quantity column; 0 when it is not shown.
    let quantityWidth: Int
    /// Width of the tariff column; 0 when it is not shown.
    let tariffWidth: Int

    /// No detail columns.
    static let none = LeafDetailColumns(quantityTexts: [], tariffTexts: [], quantityWidth: 0, tariffWidth: 0)

    /// Cells taken, spaces after each column included.
    var width: Int { (quantityWidth > 0 ? quantityWidth + 1 : 0) + (tariffWidth > 0 ? tariffWidth + 1 : 0) }

    /// Whether the quantity column (which names the unit) is shown, making a unit column redundant.
    var showsUnit: Bool { quantityWidth > 0 }

    private init(quantityTexts: [String], tariffTexts: [String], quantityWidth: Int, tariffWidth: Int) {
        self.quantityTexts = quantityTexts
        self.tariffTexts = tariffTexts
        self.quantityWidth = quantityWidth
        self.tariffWidth = tariffWidth
    }

    /// The columns for `state`'s rows when `room` cells are left for label, bar and details.
    init(state: ExplorerState, room: Int) {
        guard case .quantities(let details, let showsTariff) = state.drillDetail else {
            self = .none
            return
        }
        let rows = state.table.rows
        let quantities = rows.map { row in details[row.id].map { Self.quantityText($0) } ?? "" }
        let tariffs =
            showsTariff
            ? rows.map { row in details[row.id].map { Self.tariffText($0, row.currency, ascii: state.ascii) } ?? "" }
            : []
        func columnWidth(_ texts: [String], heading: String) -> Int {
            let widest = texts.map { DisplayWidth.of($0) }.max() ?? 0
            return widest == 0 ? 0 : max(widest, DisplayWidth.of(heading))
        }
        var quantityWidth = columnWidth(quantities, heading: "Quantity")
        var tariffWidth = columnWidth(tariffs, heading: "Tariff")
        func taken() -> Int { (quantityWidth > 0 ? quantityWidth + 1 : 0) + (tariffWidth > 0 ? tariffWidth + 1 : 0) }
        if room - taken() < Self.minimumLabelAndBar { tariffWidth = 0 }
        if room - taken() < Self.minimumLabelAndBar { quantityWidth = 0 }
        self.init(
            quantityTexts: quantities, tariffTexts: tariffs, quantityWidth: quantityWidth, tariffWidth: tariffWidth)
    }

    /// Draws the column headings at `x`.
    func drawHeadings(in frame: inout Frame, x: Int, y: Int) {
        let heading = Style(.muted, underline: true)
        if quantityWidth > 0 { frame.put(TextFit.right("Quantity", width: quantityWidth), x: x, y: y, style: heading) }
        if tariffWidth > 0 {
            frame.put(TextFit.right("Tariff", width: tariffWidth), x: x + offsetOfTariff, y: y, style: heading)
        }
    }

    /// Draws row `index`'s cells at `x`.
    func drawRow(_ index: Int, in frame: inout Frame, x: Int, y: Int, style: Style) {
        if quantityWidth > 0, quantityTexts.indices.contains(index) {
            frame.put(TextFit.right(quantityTexts[index], width: quantityWidth), x: x, y: y, style: style)
        }
        if tariffWidth > 0, tariffTexts.indices.contains(index) {
            frame.put(TextFit.right(tariffTexts[index], width: tariffWidth), x: x + offsetOfTariff, y: y, style: style)
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
