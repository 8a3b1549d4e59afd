import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit
import Testing

@Suite("Reducer")
struct ReducerTests {
    @Test func startingIssuesOneFetchForTheChosenRange() {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: TerminalSize(width: 120, height: 40), now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "selectel-demo", provider: .selectel)])
        let effects = state.beginFetch()
        // The previous 30 days come too, for the Δ columns.
        let chosen = DatePreset.last30Days.range(now: Fixtures.now, in: Fixtures.moscow)
        let expected = FetchQuery(
            accounts: ["selectel-demo"],
            range: DateRange(start: chosen.shifted(by: -1, in: Fixtures.moscow).start, end: chosen.end),
            granularity: .day, zone: Fixtures.moscow)
        #expect(effects == [.fetch(expected, requestID: 1)])
        #expect(state.isLoading)
        #expect(state.query.accounts[0].status == .loading)
    }

    @Test func loadedRecordsBecomeRowsSortedByCost() {
        let state = Fixtures.loadedState()
        #expect(state.table.rows.map(\.key.label) == ["production", "Бухгалтерия", "staging"])
        #expect(!state.isLoading)
        // production: (12000+8050+3333+1200+20000) × 30 + 3 × (0+1+2) × 10 + 20000 × 6 × 2 extra spike days
        let production = state.table.rows[0].total
        #expect(production == Amount(minorUnits: 44_583 * 30 + 5 * 30 + 240_000 + 12, decimals: 2))
    }

    @Test func drillGoesProjectThenObjectThenMetricWithChildrenNested() {
        var state = Fixtures.loadedState()
        state.press(.enter)
        #expect(state.level.dimension == .object)
        // prod-cluster (with its spike) costs more than web-01 with its disk and IP.
        #expect(state.table.rows.map(\.key.label) == ["prod-cluster", "web-01", "web-01-boot", "185.1.2.3"])
        #expect(state.table.rows.map(\.depth) == [0, 0, 1, 1])
        state.press(.down, .enter)
        #expect(state.level.dimension == .metric)
        #expect(state.table.rows.map(\.key.label) == ["vCPU", "RAM"])
        let effects = state.press(.enter)
        #expect(effects.isEmpty)
        #expect(state.level.dimension == .metric)
        #expect(state.screen.notice?.contains("finest level") == true)
    }

    @Test func backRestoresTheCursorToTheSameRow() {
        var state = Fixtures.loadedState()
        state.press(.down, .down)  // staging
        #expect(state.selectedRow?.key.label == "staging")
        state.press(.enter)
        #expect(state.chart.cursor == 0)
        #expect(state.table.rows.map(\.key.label) == ["stage-01"])
        state.press(.escape)
        #expect(state.level.dimension == .project)
        #expect(state.selectedRow?.key.label == "staging")
        state.press(.enter, .character("h"))
        #expect(state.selectedRow?.key.label == "staging")
        state.press(.enter, .backspace)
        #expect(state.selectedRow?.key.label == "staging")
    }

    @Test func staleResultsAreDropped() {
        var state = Fixtures.loadedState()
        let before = state.table
        // Refresh: a new request supersedes the old one and cancels it.
        let effects = state.press(.character("r"))
        #expect(effects.count == 1)
        guard case .fetch(_, let newID) = effects.first else {
            Issue.record("expected a fetch")
            return
        }
        _ = reduce(
            &state,
            .recordsLoaded(requestID: newID - 1, account: "selectel-demo", records: SpendStore([]), at: Fixtures.now))
        #expect(state.isLoading)
        #expect(state.table.rows.isEmpty)
        _ = reduce(
            &state,
            .recordsLoaded(
                requestID: newID, account: "selectel-demo", records: SpendStore(Fixtures.records), at: Fixtures.now))
        #expect(!state.isLoading)
        #expect(state.table == before)
    }

    @Test func changingRangeCancelsTheFetchInFlight() {
        var state = Fixtures.loadedState()
        state.press(.backTab, .backTab)  // grouping → range
        #expect(state.panes.focus == .range)
        state.press(.up)  // last 7 days
        var effects = state.press(.enter)
        guard case .fetch(let query, let first) = effects.last else {
            Issue.record("expected a fetch")
            return
        }
        #expect(query.range.end == DatePreset.last7Days.range(now: Fixtures.now, in: Fixtures.moscow).end)
        state.press(.backTab, .backTab, .up)  // back to the range pane: last 7 days → yesterday
        effects = state.press(.enter)
        #expect(effects.first == .cancel(requestID: first))
        #expect(state.query.preset == .yesterday)
    }

    @Test func failuresAreShownPerAccountAndKeepTheUIResponsive() {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: TerminalSize(width: 120, height: 40), now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "selectel-demo", provider: .selectel)])
        guard case .fetch(_, let id) = state.beginFetch().last else { return }
        _ = reduce(
            &state, .fetchFailed(requestID: id, account: "selectel-demo", message: "Selectel (selectel-demo): 401"))
        #expect(state.query.accounts[0].status == .failed("Selectel (selectel-demo): 401"))
        #expect(!state.isLoading)
        state.press(.down)
        #expect(state.chart.cursor == 0)
    }

    @Test func groupingPaneChangesTheRootDimension() {
        var state = Fixtures.loadedState()
        state.press(.enter)  // drill into production first
        state.press(.backTab, .down, .down, .enter)  // grouping pane: Metric
        #expect(state.chart.levels.count == 1)
        #expect(state.level.dimension == .metric)
        #expect(state.table.rows.first?.key.label == "Nodes")
        #expect(state.panes.focus == .chart)
        // A metric drills into the projects using it, then their objects, then stops.
        state.press(.enter)
        #expect(state.level.dimension == .project)
        #expect(state.table.rows.map(\.key.label) == ["production"])
        state.press(.enter)
        #expect(state.level.dimension == .object)
        state.press(.enter)
        #expect(state.level.dimension == .object)
        #expect(state.screen.notice?.contains("finest level") == true)
    }

    @Test func helpOpensAndAnyKeyClosesIt() {
        var state = Fixtures.loadedState()
        state.press(.character("?"))
        #expect(state.modal == .help)
        let effects = state.press(.character("j"))
        #expect(state.modal == nil)
        #expect(effects.isEmpty)
        #expect(state.chart.cursor == 0)
        #expect(state.press(.character("q")) == [.quit])
    }

    @Test func cursorStaysInsideTheTableAndScrolls() {
        var state = Fixtures.loadedState(size: TerminalSize(width: 80, height: 18))
        state.press(.enter)  // objects: 4 rows
        state.press(.end)
        #expect(state.chart.cursor == 3)
        state.press(.down, .down)
        #expect(state.chart.cursor == 3)
        state.press(.home)
        #expect(state.chart.cursor == 0)
        #expect(state.chart.scroll == 0)
    }
}

@Suite("Key names")
struct KeyNameTests {
    @Test func parsesScripts() throws {
        #expect(
            try KeyName.parseScript("j j enter esc ? tab ctrl-l F1 space") == [
                .character("j"), .character("j"), .enter, .escape, .character("?"), .tab, .control("l"), .function(1),
                .character(" "),
            ])
    }

    @Test func rejectsUnknownNamesWithTheirPosition() {
        #expect(throws: KeyScriptError(name: "entr", position: 2)) { try KeyName.parseScript("j entr") }
    }
}

@Suite("Range, sort and bar keys")
struct ViewKeyTests {
    @Test func digitsChooseAPresetAndFetchIt() {
        var state = Fixtures.loadedState()
        let effects = state.press(.character("3"))
        #expect(state.query.preset == .last7Days)
        #expect(state.query.range == DatePreset.last7Days.range(now: Fixtures.now, in: Fixtures.moscow))
        guard case .fetch(let query, _) = effects.last else {
            Issue.record("expected a fetch")
            return
        }
        #expect(query.range == state.fetchRange)
        #expect(query.range.end == state.query.range.end)
        #expect(state.press(.character("3")).isEmpty)
        #expect(state.press(.character("9")).isEmpty)
    }

    @Test func bracketsShiftTheRangeByItsLength() {
        var state = Fixtures.loadedState()
        state.press(.character("6"))  // last month: October in Moscow
        let october = state.query.range
        state.press(.character("["))
        #expect(state.query.preset == nil)
        #expect(state.rangeTitle == "Custom")
        #expect(state.query.range == october.shifted(by: -1, in: Fixtures.moscow))
        state.press(.character("]"))
        #expect(state.query.range == october)
        #expect(state.query.preset == .lastMonth)
        state.press(.character("]"))  // November: the current month has started
        state.press(.character("]"))  // December has not
        #expect(state.screen.notice == "The next period has not started yet")
    }

    @Test func sortCyclesAndReversesKeepingTheCursorOnItsRow() {
        var state = Fixtures.loadedState()
        state.press(.down)
        #expect(state.selectedRow?.key.label == "Бухгалтерия")
        state.press(.character("s"))
        #expect(state.chart.sortOrder == .name)
        #expect(state.table.rows.map(\.key.label) == ["production", "staging", "Бухгалтерия"])
        #expect(state.selectedRow?.key.label == "Бухгалтерия")
        state.press(.character("S"))
        #expect(state.table.rows.map(\.key.label) == ["Бухгалтерия", "staging", "production"])
        state.press(.character("s"))
        #expect(state.chart.sortOrder == .change)
        state.press(.character("s"))
        #expect(state.chart.sortOrder == .cost)
        #expect(state.table.rows.map(\.key.label) == ["production", "Бухгалтерия", "staging"])
    }

    @Test func sortingObjectsKeepsChildrenUnderTheirParent() {
        var state = Fixtures.loadedState()
        state.press(.enter, .character("s"))
        #expect(state.table.rows.map(\.key.label) == ["prod-cluster", "web-01", "185.1.2.3", "web-01-boot"])
        #expect(state.table.rows.map(\.depth) == [0, 0, 1, 1])
        #expect(state.table.rows[3].isLastChild)
    }

    @Test func barScaleToggles() {
        var state = Fixtures.loadedState()
        let before = ExplorerView.render(state).text
        state.press(.character("b"))
        #expect(state.chart.barScale == .total)
        let after = ExplorerView.render(state).text
        #expect(after.contains("bars: share of total"))
        #expect(before != after)
        state.press(.character("b"))
        #expect(state.chart.barScale == .largestRow)
    }
}

@Suite("Opening at a view")
struct OpenViewTests {
    @Test func opensAtTheGivenRangeGroupingAndGranularity() {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: TerminalSize(width: 120, height: 40), now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "selectel-demo", provider: .selectel)])
        let range = DatePreset.lastMonth.range(now: Fixtures.now, in: Fixtures.moscow)
        let opened = state.open(range: range, preset: nil, dimension: .metric, granularity: .week)
        #expect(opened)
        #expect(state.query.preset == .lastMonth)
        #expect(state.level.dimension == .metric)
        #expect(state.panes.groupingCursor == 2)
        guard case .fetch(let query, _) = state.beginFetch().last else {
            Issue.record("expected a fetch")
            return
        }
        #expect(query.range == DateRange(start: range.shifted(by: -1, in: Fixtures.moscow).start, end: range.end))
        #expect(query.granularity == .week)
        let refused = state.open(range: range, preset: nil, dimension: .account, granularity: .day)
        #expect(!refused)
    }
}

@Suite("Reducer: fetch progress")
struct FetchProgressReducerTests {
    @Test func progressOfTheCurrentRequestShowsInTheAccountAndHeader() {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: TerminalSize(width: 120, height: 40), now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "selectel-demo", provider: .selectel)])
        let effects = state.beginFetch()
        guard case .fetch(_, let requestID) = effects.last else {
            Issue.record("expected a fetch")
            return
        }
        let account = state.query.accounts[0].name
        _ = reduce(&state, .fetchProgress(requestID: requestID, account: account, requests: 3, rows: 45_000))
        #expect(state.query.accounts[0].status == .fetching(requests: 3, rows: 45_000))
        let frame = ExplorerView.render(state)
        #expect(frame.text.contains("45,000 rows"))
    }

    @Test func progressOfAStaleRequestIsIgnored() {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: TerminalSize(width: 120, height: 40), now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "selectel-demo", provider: .selectel)])
        _ = state.beginFetch()
        let account = state.query.accounts[0].name
        _ = reduce(&state, .fetchProgress(requestID: 9_999, account: account, requests: 1, rows: 10))
        #expect(state.query.accounts[0].status == .loading)
    }
}
