import CostCore
import Explorer
import Foundation
import Testing

@Suite("Export (e) and copy the report command (y)")
struct ExportAndCopyTests {
    @Test func eOffersTheFormatsAndEnterExportsTheFilteredView() {
        var state = Fixtures.loadedState()
        state.type("/!stag")
        state.press(.enter)
        state.press(.character("e"))
        #expect(state.commandMenu?.entries.map(\.command) == ExportFormat.allCases.map { .export($0) })
        let effects = state.press(.down, .enter)
        #expect(state.commandMenu == nil)
        guard case .export(let request, let format) = effects.last else {
            Issue.record("expected an export, got \(effects)")
            return
        }
        #expect(format == .json)
        #expect(request.grouping == .project)
        #expect(request.filter == "!stag")
        #expect(request.drillPath == ["All projects"])
        #expect(request.accounts == ["selectel-demo"])
        #expect(request.zone == Fixtures.moscow)
        #expect(request.range == state.query.range)
        #expect(request.rows.map(\.label) == ["production", "Бухгалтерия"])
        #expect(request.rows.map(\.money) == state.table.rows.map(\.money))
        #expect(request.totals == state.table.totals)
        #expect(state.screen.notice?.contains("Exporting 2 rows") == true)
    }

    @Test func theExportCarriesTheDrillPath() {
        var state = Fixtures.loadedState()
        state.press(.enter)
        guard case .export(let request, let format) = state.press(.character("e"), .enter).last else {
            Issue.record("expected an export")
            return
        }
        #expect(format == .csv)
        #expect(request.grouping == .object)
        #expect(request.drillPath == ["All projects", "production"])
        #expect(request.rows.count == state.table.rows.count)
    }

    @Test func theResultIsShownInTheNoticeLine() {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .exported(path: "/home/me/costscope-project-20261120-150000.csv"))
        #expect(state.screen.notice == "Exported to /home/me/costscope-project-20261120-150000.csv")
        #expect(!state.screen.noticeIsError)
        _ = reduce(&state, .exportFailed("cannot write /ro/x.csv: Permission denied"))
        #expect(state.screen.noticeIsError)
        let frame = ExplorerView.render(state)
        let footer = frame.lines[frame.lines.count - 1]
        #expect(footer.contains("Export failed: cannot write /ro/x.csv: Permission denied"), "\(footer)")
        #expect(frame.styleRuns.split(separator: "\n").last?.contains(":error") == true)
    }

    @Test func yCopiesTheReportCommandForTheView() {
        var state = Fixtures.loadedState()
        state.screen.reportSource = ["--demo"]
        let effects = state.press(.character("y"))
        let expected =
            "costscope report --demo --range last-30-days --tz Europe/Moscow --group-by project --granularity day"
        #expect(effects == [.copyToClipboard(expected)])
        #expect(state.screen.notice == "Copied: " + expected)
    }

    @Test func aCustomRangeExcludedAccountsAndTheDrillAreHandled() {
        var state = AccountToggleTests.threeAccounts()
        state.screen.reportSource = ["--config", "my config.toml"]
        state.panes.focus = .accounts
        state.press(.down, .down, .character(" "), .tab, .tab, .tab)
        #expect(state.panes.focus == .chart)
        state.press(.enter, .character("["))
        let effects = state.press(.character("y"))
        let expected =
            "costscope report --config 'my config.toml' --account selectel-demo --account f5xc-demo "
            + "--from 2026-09-22 --to 2026-10-21 --tz Europe/Moscow --group-by object --granularity day"
        #expect(effects == [.copyToClipboard(expected)])
        #expect(
            state.screen.notice?.contains("report has no option for the drill path (All projects > production)") == true
        )
    }

    @Test func shellQuoting() {
        #expect(ReportCommandLine.quoted("plain-name_1.toml") == "plain-name_1.toml")
        #expect(ReportCommandLine.quoted("it's here") == "'it'\\''s here'")
        #expect(ReportCommandLine.quoted("") == "''")
        #expect(ReportCommandLine.quoted("$(rm)") == "'$(rm)'")
    }
}
