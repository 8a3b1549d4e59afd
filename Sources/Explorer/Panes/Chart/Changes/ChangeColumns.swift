import CostCore
import TerminalKit

/// The Δ and Δ% columns of the chart pane, after the share column: each row against the
/// previous period of the same length, signed and coloured. When the pane is narrow,
/// ``ChartColumns`` first shortens Δ to thousands and millions (``compacted``), then drops Δ%
/// (``withoutPercent``), then the share column, then Δ (``withoutDelta``); amounts are never cut.
struct ChangeColumns {
    /// The changes the texts are made from; nil when there is nothing to compare with.
    let changes: RowChanges?
    /// Draw ASCII only.
    let ascii: Bool
    /// The column headings.
    let deltaHeading: String
    let percentHeading: String
    /// Width of the Δ column; 0 when it is not shown.
    private(set) var deltaWidth: Int
    /// Width of the Δ% column; 0 when it is not shown.
    private(set) var percentWidth: Int
    /// Whether Δ is shortened to thousands and millions.
    private(set) var isCompact = false
    /// The widest shortened Δ.
    private var compactDeltaWidth = 0

    /// Cells taken, the space before each column included.
    var width: Int { (deltaWidth > 0 ? deltaWidth + 1 : 0) + (percentWidth > 0 ? percentWidth + 1 : 0) }

    /// Both columns for `state`'s rows, whose widest texts are in `widths`.
    init(state: ExplorerState, widths: ChartColumnWidths) {
        ascii = state.screen.ascii
        guard state.rowChanges.previousRange != nil, !state.table.rows.isEmpty else {
            (changes, deltaWidth, percentWidth) = (nil, 0, 0)
            (deltaHeading, percentHeading) = ("", "")
            return
        }
        changes = state.rowChanges
        deltaHeading = ChangeText.deltaHeading(ascii: state.screen.ascii)
        percentHeading = ChangeText.percentHeading(ascii: state.screen.ascii)
        deltaWidth = max(DisplayWidth.of(deltaHeading) + 2, widths.delta)
        percentWidth = max(DisplayWidth.of(percentHeading), widths.percent)
        compactDeltaWidth = max(DisplayWidth.of(deltaHeading) + 2, widths.compactDelta)
    }

    /// The same columns with Δ shortened (`+105.8K ₽`) when that makes it narrower.
    var compacted: ChangeColumns {
        guard deltaWidth > 0, compactDeltaWidth < deltaWidth else { return self }
        var copy = self
        copy.isCompact = true
        copy.deltaWidth = compactDeltaWidth
        return copy
    }

    /// The same columns without Δ%.
    var withoutPercent: ChangeColumns {
        var copy = self
        copy.percentWidth = 0
        return copy
    }

    /// The same columns without Δ (and so without Δ%, which reads only next to it).
    var withoutDelta: ChangeColumns {
        var copy = self
        copy.deltaWidth = 0
        copy.percentWidth = 0
        return copy
    }

    /// The signed Δ of `row` with its currency, or a dash when it cannot be compared; `compact`
    /// shortens thousands and millions.
    static func deltaText(of row: GroupRow, _ changes: RowChanges, ascii: Bool, compact: Bool = false) -> String {
        guard changes.isComparable(row) else { return ascii ? "-" : "—" }
        let delta = changes.delta(of: row)
        return compact
            ? ChangeText.compactMoney(delta, row.currency, ascii: ascii)
            : ChangeText.money(delta, row.currency, ascii: ascii)
    }

    /// Δ% of `row`, `new`, or `monthly` when it cannot be compared.
    static func percentText(of row: GroupRow, _ changes: RowChanges, ascii: Bool) -> String {
        changes.isComparable(row) ? ChangeText.percent(changes.deltaPercent(of: row), ascii: ascii) : "monthly"
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

    /// Draws `row`'s cells; `style` replaces the change colour (the selected row).
    func drawRow(_ row: GroupRow, in frame: inout Frame, x: Int, y: Int, style: Style?) {
        guard let changes else { return }
        let comparable = changes.isComparable(row)
        let cellStyle = style ?? Style(comparable ? ChangeText.role(changes.delta(of: row)) : .muted)
        if deltaWidth > 0 {
            frame.put(
                TextFit.right(Self.deltaText(of: row, changes, ascii: ascii, compact: isCompact), width: deltaWidth),
                x: x + 1, y: y,
                style: cellStyle)
        }
        if percentWidth > 0 {
            frame.put(
                TextFit.right(Self.percentText(of: row, changes, ascii: ascii), width: percentWidth),
                x: x + offsetOfPercent, y: y, style: cellStyle)
        }
    }

    private var offsetOfPercent: Int { (deltaWidth > 0 ? deltaWidth + 1 : 0) + 1 }
}
