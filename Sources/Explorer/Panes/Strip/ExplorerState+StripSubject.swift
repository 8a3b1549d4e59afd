import CostCore

extension ExplorerState {
    /// The row the time-series strip shows: the row it showed before the chart cursor started
    /// moving, until the cursor rests (``Action/settle``), else the selected row; nil for the
    /// whole view.
    public var stripRow: GroupRow? {
        guard let stripSubject = chart.stripSubject else { return selectedRow }
        if table.rows.indices.contains(chart.stripSubjectIndex),
            table.rows[chart.stripSubjectIndex].id == stripSubject
        {
            return table.rows[chart.stripSubjectIndex]
        }
        return table.rows.first { $0.id == stripSubject } ?? selectedRow
    }

    /// Whether the strip lags behind the cursor and an ``Action/settle`` would redraw it.
    public var isStripSettled: Bool { chart.stripSubject == nil }

    /// Keeps the strip on the row it shows now while the cursor moves away from it.
    mutating func holdStrip() {
        guard chart.stripSubject == nil, let selected = selectedRow else { return }
        chart.stripSubject = selected.id
        chart.stripSubjectIndex = chart.cursor
    }

    /// Lets the strip follow the selected row again.
    mutating func settleStrip() {
        chart.stripSubject = nil
    }
}
