import TerminalKit

/// Where each pane goes for a terminal size. Pure geometry.
public struct ExplorerLayout: Hashable, Sendable {
    /// Below this the explorer shows a "terminal too small" screen.
    public static let minimumSize = TerminalSize(width: 60, height: 18)

    public var header: Rect
    public var footer: Rect
    public var accounts: Rect
    public var range: Rect
    public var grouping: Rect
    public var chart: Rect
    public var strip: Rect

    /// Lays out panes for `size`, giving the accounts pane `accountLines` lines of content.
    public init(size: TerminalSize, accountLines: Int, dimensionCount: Int) {
        let width = size.width
        let height = size.height
        header = Rect(x: 0, y: 0, width: width, height: 1)
        footer = Rect(x: 0, y: height - 1, width: width, height: 1)
        let bodyTop = 1
        let bodyHeight = height - 2
        let sideWidth = Self.sideWidth(terminalWidth: width)
        let groupingHeight = dimensionCount + 2
        let accountsHeight = min(accountLines + 2, max(3, bodyHeight - groupingHeight - 5))
        let rangeHeight = max(3, bodyHeight - accountsHeight - groupingHeight)
        accounts = Rect(x: 0, y: bodyTop, width: sideWidth, height: accountsHeight)
        // At most the eight presets and "Custom…" inside a border; fewer lines scroll.
        range = Rect(x: 0, y: accounts.bottom, width: sideWidth, height: min(rangeHeight, 11))
        grouping = Rect(x: 0, y: range.bottom, width: sideWidth, height: groupingHeight)
        let mainX = sideWidth
        let mainWidth = width - sideWidth
        let stripHeight = height >= 48 ? bodyHeight / 3 : height >= 40 ? 12 : height >= 30 ? 9 : height >= 22 ? 7 : 6
        chart = Rect(x: mainX, y: bodyTop, width: mainWidth, height: bodyHeight - stripHeight)
        strip = Rect(x: mainX, y: chart.bottom, width: mainWidth, height: stripHeight)
    }

    /// The width of the side panes (accounts, range, grouping) on a terminal `terminalWidth` wide.
    public static func sideWidth(terminalWidth width: Int) -> Int {
        width >= 160 ? 30 : width >= 120 ? 26 : width >= 80 ? 22 : 19
    }

    /// Chart rows that fit: the pane minus its border, the breadcrumb and
    /// column-header lines, and the total line.
    public var chartRowCapacity: Int { chartRows.capacity }
}

extension ExplorerState {
    /// The layout for the current size.
    public var layout: ExplorerLayout {
        ExplorerLayout(size: screen.size, accountLines: accountPaneLines.count, dimensionCount: query.dimensions.count)
    }

    /// Chart rows visible at once.
    var chartPageSize: Int { layout.chartRowCapacity }

    /// Whether the terminal is below the minimum size.
    public var isTooSmall: Bool {
        screen.size.width < ExplorerLayout.minimumSize.width || screen.size.height < ExplorerLayout.minimumSize.height
    }
}
