import CostCore

/// The Δ and Δ% columns of the chart pane, after the share column: each row against the
/// previous period of the same length, signed and coloured. Δ% goes first when the pane is
/// narrow, then Δ; labels and bars keep ``minimumLabelAndBar`` cells and amounts are never cut.
struct ChangeColumns {
    /// Cells the label and bar columns keep before a change column is shown.
    static let minimumLabelAndBar = 18
    /// Per row index: the signed Δ with its currency.
    let deltaTexts: [String]
    /// Per row index: Δ% or `new`.
    let percentTexts: [String]
    /// Per row index: the colour role of the change.
    let roles: [StyleRole]
    /// The column headings.
    let deltaHeading: String
    let percentHeading: String
    /// Width of the Δ column; 0 when it is not shown.
    let deltaWidth: Int
    /// Width of the Δ% column; 0 when it is not shown.
    let percentWidth: Int

    /// Cells taken, the space before each column included.
    var width: Int { (deltaWidth > 0 ? deltaWidth + 1 : 0) + (percentWidth > 0 ? percentWidth + 1 : 0) }

    /// The columns for `state`'s rows when `room` cells are left for label, bar and changes.
    init(state: ExplorerState, room: Int) {
        let rows = state.table.rows
        let changes = state.rowChanges
        guard changes.previousRange != nil, !rows.isEmpty else {
            (deltaTexts, percentTexts, roles, deltaWidth, percentWidth) = ([], [], [], 0, 0)
            (deltaHeading, percentHeading) = ("", "")
            return
        }
        let notComparable = state.ascii ? "-" : "—"
        deltaTexts = rows.map {
            changes.isComparable($0)
                ? ChangeText.money(changes.delta(of: $0), $0.currency, ascii: state.ascii) : notComparable
        }
        percentTexts = rows.map {
            changes.isComparable($0) ? ChangeText.percent(changes.deltaPercent(of: $0), ascii: state.ascii) : "monthly"
        }
        roles = rows.map { changes.isComparable($0) ? ChangeText.role(changes.delta(of: $0)) : .muted }
        deltaHeading = ChangeText.deltaHeading(ascii: state.ascii)
        percentHeading = ChangeText.percentHeading(ascii: state.ascii)
        let wantedDelta = max(DisplayWidth.of(deltaHeading) + 2, deltaTexts.map { DisplayWidth.of($0) }.max() ?? 0)
        let wantedPercent = max(
            DisplayWidth.of(percentHeading), percentTexts.map { DisplayWidth.of($0) }.max() ?? 0)
        var deltaWidth = wantedDelta
        var percentWidth = wantedPercent
        func taken() -> Int { (deltaWidth > 0 ? deltaWidth + 1 : 0) + (percentWidth > 0 ? percentWidth + 1 : 0) }
        if room - taken() < Self.minimumLabelAndBar { percentWidth = 0 }
        if room - taken() < Self.minimumLabelAndBar { deltaWidth = 0 }
        self.deltaWidth = deltaWidth
        self.percentWidth = percentWidth
    }

    /// Draws the headings; `x` is the first cell after the share column.
    func drawHeadings(in frame: inout Frame, x: Int, y: Int, sortMark: String) {
        let heading = Style(.muted, underline: true)
        if deltaWidth > 0 {
            frame.put(TextFit.right(sortMark + deltaHeading, width: deltaWidth), x: x + 1, y: y, style: heading)
        }
        if percentWidth > 0 {
            frame.put(TextFit.right(percentHeading, width: percentWidth), x: x + offsetOfPercent, y: y, style: heading)
        }
    }

    /// Draws row `index`'s cells; `style` replaces the change colour (the selected row).
    func drawRow(_ index: Int, in frame: inout Frame, x: Int, y: Int, style: Style?) {
        guard deltaTexts.indices.contains(index) else { return }
        let cellStyle = style ?? Style(roles[index])
        if deltaWidth > 0 {
            frame.put(TextFit.right(deltaTexts[index], width: deltaWidth), x: x + 1, y: y, style: cellStyle)
        }
        if percentWidth > 0 {
            frame.put(
                TextFit.right(percentTexts[index], width: percentWidth), x: x + offsetOfPercent, y: y, style: cellStyle)
        }
    }

    private var offsetOfPercent: Int { (deltaWidth > 0 ? deltaWidth + 1 : 0) + 1 }
}
