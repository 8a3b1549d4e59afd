/// Where the chart pane's lines go inside its border: the breadcrumb path, the column headings,
/// the rows and the total line. Pure geometry shared by ``ChartPaneView`` and mouse hit testing.
public struct ChartRowGeometry: Hashable, Sendable {
    /// The area inside the pane's border.
    public let inner: Rect
    /// The line of the breadcrumb path (`All projects › production`).
    public var breadcrumbY: Int { inner.y }
    /// The line of the column headings.
    public var headingY: Int { inner.y + 1 }
    /// The line of the first row shown.
    public var firstRowY: Int { inner.y + 2 }
    /// How many rows fit: everything between the headings and the total line.
    public var capacity: Int { max(1, inner.height - 3) }

    /// The geometry of a chart pane drawn in `chart` (its border included).
    public init(chart: Rect) {
        inner = chart.inset
    }

    /// The position among the rows shown (0 for the first one on screen) of the row drawn on
    /// line `y`, or nil when `y` is not a row line.
    public func visibleRow(atY y: Int) -> Int? {
        guard y >= firstRowY, y < firstRowY + capacity, y < inner.bottom - 1 else { return nil }
        return y - firstRowY
    }
}

extension ExplorerLayout {
    /// The chart pane's line geometry.
    public var chartRows: ChartRowGeometry { ChartRowGeometry(chart: chart) }
}
