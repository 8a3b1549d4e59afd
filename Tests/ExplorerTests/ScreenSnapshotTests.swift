import CostCore
import Explorer
import TerminalKit
import Testing

/// Frame snapshots of the screens not pinned elsewhere, at the three reference sizes: help,
/// loading, an error, the range and grouping panes focused, and the command menu.
@Suite("Screen snapshots")
struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (120, 40), (200, 50)]
    static let largerSizes = [(120, 40), (200, 50)]

    @Test(arguments: largerSizes)
    func help(width: Int, height: Int) {
        var state = Fixtures.loadedState(size: TerminalSize(width: width, height: height))
        state.press(.character("?"))
        let text = ExplorerView.render(state).text
        #expect(text.contains("Keys: Spend pane"))
        #expect(text.contains("any key closes this help"))
        assertSnapshot(ExplorerView.render(state), named: "help-\(width)x\(height)")
    }

    @Test(arguments: largerSizes)
    func loading(width: Int, height: Int) {
        let state = ScreenFixtures.loading(size: TerminalSize(width: width, height: height))
        #expect(ExplorerView.render(state).text.contains("Loading spend from selectel-demo…"))
        assertSnapshot(ExplorerView.render(state), named: "loading-\(width)x\(height)")
    }

    @Test(arguments: largerSizes)
    func error(width: Int, height: Int) {
        let state = ScreenFixtures.failed(size: TerminalSize(width: width, height: height))
        let text = ExplorerView.render(state).text
        #expect(text.contains("Could not load spend:"))
        #expect(text.contains("Press r to retry."))
        assertSnapshot(ExplorerView.render(state), named: "error-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func rangePaneFocused(width: Int, height: Int) {
        var state = Fixtures.loadedState(size: TerminalSize(width: width, height: height))
        state.press(.backTab, .backTab, .down)
        #expect(state.panes.focus == .range)
        let text = ExplorerView.render(state).text
        #expect(text.contains("[Range]"))
        #expect(!text.contains("[Projects]"))
        assertSnapshot(ExplorerView.render(state), named: "range-focused-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func groupingPaneFocused(width: Int, height: Int) {
        var state = Fixtures.loadedState(size: TerminalSize(width: width, height: height))
        state.press(.backTab, .down, .down)
        #expect(state.panes.focus == .grouping)
        #expect(ExplorerView.render(state).text.contains("[Group by (days)]"))
        assertSnapshot(ExplorerView.render(state), named: "grouping-focused-\(width)x\(height)")
    }

    @Test(arguments: largerSizes)
    func commandMenu(width: Int, height: Int) {
        var state = Fixtures.loadedState(size: TerminalSize(width: width, height: height))
        state.press(.character(":"), .down)
        let text = ExplorerView.render(state).text
        #expect(text.contains("[Commands]"))
        #expect(text.contains("Enter run  Esc close"))
        assertSnapshot(ExplorerView.render(state), named: "menu-\(width)x\(height)")
    }
}
