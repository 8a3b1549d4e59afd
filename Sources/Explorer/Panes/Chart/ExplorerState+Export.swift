import CostCore

extension ExplorerState {
    /// The current view as a document: every row the chart lists (all pages, after the
    /// filter), its totals, and what selects them.
    public var viewExport: ViewExport {
        ViewExport(
            grouping: level.dimension, drillPath: drillPath, filter: chart.rowFilter.map(\.pattern), range: query.range,
            zone: query.zone, accounts: accountsInView.map(\.name),
            rows: table.rows.map { row in
                ViewExport.Row(key: row.key.id, label: row.key.label, kind: row.key.kind, money: row.money)
            },
            totals: table.totals)
    }
}
