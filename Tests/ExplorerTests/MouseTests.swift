import CostCore
import Explorer
import Foundation
import TerminalKit
import Testing

/// Clicks and the wheel, aimed at where the rendered frame shows things, so the tests fail when
/// the hit testing and the drawing disagree.
@Suite("Mouse")
struct MouseTests {
    @Test func aClickOnAnAccountsLineFocusesThePaneAndMovesItsCursor() throws {
        var state = Fixtures.loadedState()
        try state.click(on: "selectel-demo", in: .accounts)
        #expect(state.panes.focus == .accounts)
        #expect(state.panes.accountCursor == 1)
        try state.click(on: "All", in: .accounts)
        #expect(state.panes.accountCursor == 0)
        #expect(state.query.excludedAccounts.isEmpty)
    }

    @Test func aSecondClickOnTheHighlightedAccountShowsOnlyThatAccount() throws {
        var state = twoAccounts()
        try state.click(on: "cloudru-demo", in: .accounts)
        #expect(state.query.excludedAccounts.isEmpty)
        try state.click(on: "cloudru-demo", in: .accounts)
        #expect(state.query.excludedAccounts == ["selectel-demo"])
        #expect(state.panes.focus == .chart)
    }

    @Test func aClickOnARangePresetHighlightsItAndASecondClickAppliesIt() throws {
        var state = Fixtures.loadedState()
        let effects = try state.click(on: "Last 7 days", in: .range)
        #expect(effects.isEmpty)
        #expect(state.panes.focus == .range)
        #expect(state.panes.rangeCursor == DatePreset.allCases.firstIndex(of: .last7Days))
        #expect(state.query.preset == .last30Days)
        let applied = try state.click(on: "Last 7 days", in: .range)
        #expect(state.query.preset == .last7Days)
        #expect(applied.contains { if case .fetch = $0 { true } else { false } })
        #expect(state.panes.focus == .chart)
    }

    @Test func aClickOnAGroupingHighlightsItAndASecondClickRegroups() throws {
        var state = Fixtures.loadedState()
        try state.click(on: "Object", in: .grouping)
        #expect(state.panes.focus == .grouping)
        #expect(state.panes.groupingCursor == 1)
        #expect(state.level.dimension == .project)
        try state.click(on: "Object", in: .grouping)
        #expect(state.level.dimension == .object)
        #expect(state.panes.focus == .chart)
    }

    @Test func aClickOnAChartRowSelectsItAndASecondClickDrillsIn() throws {
        var state = Fixtures.loadedState()
        state.panes.focus = .range
        try state.click(on: "staging", in: .chart)
        #expect(state.panes.focus == .chart)
        #expect(state.selectedRow?.key.label == "staging")
        #expect(state.chart.levels.count == 1)
        try state.click(on: "staging", in: .chart)
        #expect(state.chart.levels.compactMap(\.crumb) == ["staging"])
    }

    @Test func aClickOnTheSelectedRowOfAnUnfocusedChartOnlyFocusesIt() throws {
        var state = Fixtures.loadedState()
        state.panes.focus = .grouping
        let selected = try #require(state.selectedRow?.key.label)
        try state.click(on: selected, in: .chart)
        #expect(state.panes.focus == .chart)
        #expect(state.chart.levels.count == 1)
    }

    @Test func aClickOnThePathGoesUpOneLevel() throws {
        var state = Fixtures.loadedState()
        state.press(.down, .down, .enter, .enter)
        #expect(state.chart.levels.count == 3)
        try state.click(on: "All projects", in: .chart)
        #expect(state.chart.levels.count == 2)
        #expect(state.selectedRow?.key.label == "stage-01")
        try state.click(on: "All projects", in: .chart)
        #expect(state.chart.levels.count == 1)
        #expect(state.selectedRow?.key.label == "staging")
        let before = state
        try state.click(on: "All projects", in: .chart)
        #expect(state == before)
    }

    @Test func aClickOnThePathUnderAFilterStillGoesUp() throws {
        var state = Fixtures.loadedState()
        state.press(.enter)
        state.press(.character("/"), .character("w"), .character("e"), .character("b"), .enter)
        #expect(state.chart.rowFilter != nil)
        try state.click(on: "All projects", in: .chart)
        #expect(state.chart.levels.count == 1)
        #expect(state.chart.rowFilter == nil)
    }

    @Test func theWheelOverTheChartScrollsThreeRowsAndKeepsTheCursorOnScreen() throws {
        var state = manyProjects(count: 30)
        let page = state.layout.chartRowCapacity
        let chart = state.layout.chart
        let point = (x: chart.x + 5, y: chart.y + 5)
        state.wheel(.wheelDown, x: point.x, y: point.y)
        #expect(state.chart.scroll == 3)
        #expect(state.chart.cursor == 3)
        #expect(state.panes.focus == .chart)
        state.wheel(.wheelDown, x: point.x, y: point.y)
        state.wheel(.wheelUp, x: point.x, y: point.y)
        #expect(state.chart.scroll == 3)
        #expect(state.chart.cursor == 6)
        for _ in 0..<20 { state.wheel(.wheelDown, x: point.x, y: point.y) }
        #expect(state.chart.scroll == 30 - page)
        #expect(state.chart.cursor >= state.chart.scroll && state.chart.cursor < state.chart.scroll + page)
        let text = ExplorerView.render(state).text
        #expect(text.contains("project-30"))
    }

    @Test func theWheelMovesTheListUnderThePointerWithoutTakingFocus() throws {
        var state = Fixtures.loadedState()
        let range = state.layout.range
        state.wheel(.wheelDown, x: range.x + 3, y: range.y + 2)
        #expect(state.panes.rangeCursor == DatePreset.allCases.firstIndex(of: .last30Days)! + 3)
        #expect(state.panes.focus == .chart)
        state.wheel(.wheelDown, x: range.x + 3, y: range.y + 2)
        #expect(state.panes.rangeCursor == DatePreset.allCases.count - 1)
        let grouping = state.layout.grouping
        state.wheel(.wheelDown, x: grouping.x + 3, y: grouping.y + 1)
        #expect(state.panes.groupingCursor == 3)
        state.wheel(.wheelUp, x: grouping.x + 3, y: grouping.y + 1)
        #expect(state.panes.groupingCursor == 0)
        let accounts = state.layout.accounts
        state.wheel(.wheelDown, x: accounts.x + 3, y: accounts.y + 1)
        #expect(state.panes.accountCursor == 1)
    }

    @Test func theWheelOutsideEveryListScrollsTheFocusedOne() throws {
        var state = manyProjects(count: 30)
        state.wheel(.wheelDown, x: 3, y: 0)
        #expect(state.chart.scroll == 3)
    }

    @Test func clicksOutsideThePanesChangeNothing() throws {
        var state = Fixtures.loadedState()
        let before = state
        _ = reduce(&state, .mouse(MouseEvent(x: 50, y: 0, kind: .click)))
        _ = reduce(&state, .mouse(MouseEvent(x: 50, y: state.screen.size.height - 1, kind: .click)))
        _ = reduce(&state, .mouse(MouseEvent(x: 500, y: 500, kind: .click)))
        #expect(state == before)
    }

    @Test func overlaysIgnoreTheMouseButAClickClosesHelp() throws {
        var state = Fixtures.loadedState()
        state.press(.character(":"))
        let menuOpen = state
        let chart = state.layout.chart
        _ = reduce(&state, .mouse(MouseEvent(x: chart.x + 4, y: chart.y + 4, kind: .click)))
        _ = reduce(&state, .mouse(MouseEvent(x: chart.x + 4, y: chart.y + 4, kind: .wheelDown)))
        #expect(state == menuOpen)
        state.press(.escape, .character("d"))
        #expect(state.rangePrompt != nil)
        let promptOpen = state
        _ = reduce(&state, .mouse(MouseEvent(x: chart.x + 4, y: chart.y + 4, kind: .click)))
        #expect(state == promptOpen)
        state.press(.escape, .character("?"))
        #expect(state.modal == .help)
        _ = reduce(&state, .mouse(MouseEvent(x: chart.x + 4, y: chart.y + 4, kind: .click)))
        #expect(state.modal == nil)
        #expect(state.chart.levels.count == 1)
    }

    @Test func aClickInTheSeewebMonthSplitDoesNotDrill() throws {
        var state = ProviderDrillSnapshotTests.seewebServer(size: TerminalSize(width: 120, height: 40))
        let levels = state.chart.levels
        let chart = state.layout.chartRows
        for _ in 0..<2 {
            _ = reduce(&state, .mouse(MouseEvent(x: chart.inner.x + 4, y: chart.firstRowY + 1, kind: .click)))
        }
        #expect(state.chart.levels == levels)
        #expect(state.panes.focus == .chart)
    }

    @Test func aClickInTheTimeSeriesStripFocusesIt() throws {
        var state = Fixtures.loadedState()
        let strip = state.layout.strip
        _ = reduce(&state, .mouse(MouseEvent(x: strip.x + 10, y: strip.y + 3, kind: .click)))
        #expect(state.panes.focus == .series)
    }

    @Test func helpMentionsTheMouseOnlyWhenItIsOn() {
        var state = Fixtures.loadedState()
        state.press(.character("?"))
        #expect(!ExplorerView.render(state).text.contains("mouse:"))
        state.screen.mouseEnabled = true
        #expect(ExplorerView.render(state).text.contains("mouse: click picks a line"))
    }

    // MARK: Fixtures

    /// Two accounts, so a second click in the accounts pane has something to leave out.
    private func twoAccounts() -> ExplorerState {
        ProviderFixtures.state(
            accounts: [
                AccountEntry(name: "selectel-demo", provider: .selectel),
                AccountEntry(name: "cloudru-demo", provider: .cloudru),
            ],
            records: ["selectel-demo": Fixtures.records, "cloudru-demo": ProviderFixtures.cloudRu])
    }

    /// `count` Selectel projects with falling spend, more than the chart shows at once.
    private func manyProjects(count: Int) -> ExplorerState {
        let day = ProviderFixtures.days[5]
        let records = (1...count).map { index in
            CostRecord(
                provider: .selectel, account: "selectel-demo",
                project: EntityRef(id: "p\(index)", name: "project-\(index < 10 ? "0" : "")\(index)"),
                object: ObjectRef(id: "o\(index)", name: "vm-\(index)", type: "cloud_vm"),
                metric: EntityRef(id: "vcpu", name: "vCPU"), region: "ru-9", service: "vpc", period: day,
                amount: Money(minorUnits: Int64(100_000 - index * 100), .rub), quantity: Amount(24), unit: "core·h")
        }
        return ProviderFixtures.state(.selectel, account: "selectel-demo", records: records)
    }
}

extension ExplorerState {
    /// Clicks the first cell of `text` where the frame shows it inside `pane`'s box.
    @discardableResult
    fileprivate mutating func click(on text: String, in pane: Pane) throws -> [Effect] {
        let frame = ExplorerView.render(self)
        let box = rect(of: pane)
        let point = try #require(frame.position(of: text, inside: box), "\(text) not drawn in \(pane)")
        return reduce(&self, .mouse(MouseEvent(x: point.x, y: point.y, kind: .click)))
    }

    /// Turns the wheel with the pointer at column `x`, line `y`.
    fileprivate mutating func wheel(_ kind: MouseEvent.Kind, x: Int, y: Int) {
        _ = reduce(&self, .mouse(MouseEvent(x: x, y: y, kind: kind)))
    }

    private func rect(of pane: Pane) -> Rect {
        switch pane {
        case .accounts: layout.accounts
        case .range: layout.range
        case .grouping: layout.grouping
        case .chart: layout.chart
        default: layout.strip
        }
    }
}

extension Frame {
    /// The cell where `text` starts, searching line by line inside `rect`.
    fileprivate func position(of text: String, inside rect: Rect) -> (x: Int, y: Int)? {
        let needle = text.map(String.init)
        for y in rect.y..<min(rect.bottom, height) {
            for x in rect.x..<min(rect.right, width) where x + needle.count <= rect.right {
                if needle.indices.allSatisfy({ self[x + $0, y].text == needle[$0] }) { return (x, y) }
            }
        }
        return nil
    }
}
