import CostCore

extension ExplorerState {
    /// The breadcrumbs of the current view, e.g. `All projects`, `production`.
    public var drillPath: [String] {
        [rootCrumb] + levels.dropFirst().compactMap(\.crumb)
    }

    /// The current view as an export in `format`: every row the chart lists (all pages,
    /// after the filter), its totals, and what selects them.
    public func exportRequest(_ format: ViewExportFormat) -> ViewExportRequest {
        ViewExportRequest(
            format: format, grouping: level.dimension, drillPath: drillPath,
            filter: rowFilter.map(\.pattern), range: range, zone: zone, accounts: accountsInView.map(\.name),
            rows: table.rows.map { row in
                ViewExportRequest.Row(key: row.key.id, label: row.key.label, kind: row.key.kind, money: row.money)
            },
            totals: table.totals)
    }
}
