import CostCore
import Explorer
import Foundation
import TerminalKit
import Testing

@Suite("Command menu (:) and help for the new keys")
struct CommandMenuTests {
    @Test func theMenuListsTheKeymapsCommandsWithTheirHelpAndKeys() throws {
        var state = Fixtures.loadedState()
        state.press(.character(":"))
        let menu = try #require(state.commandMenu)
        #expect(menu.entries.map(\.command) == Keymap.menuCommands)
        for entry in menu.entries {
            if let binding = Keymap.bindings.first(where: { $0.command == entry.command }) {
                #expect(entry.title == binding.help)
                #expect(entry.keyLabel == binding.keyLabel)
            } else {
                #expect(entry.keyLabel == nil)
                #expect(entry.title.hasPrefix("export the view as"))
            }
        }
    }

    @Test func arrowsAndEnterRunAnEntryAndEscCloses() {
        var state = Fixtures.loadedState()
        state.press(.character(":"))
        let index = Keymap.menuCommands.firstIndex(of: .toggleBarScale)!
        for _ in 0..<index { state.press(.down) }
        state.press(.enter)
        #expect(state.commandMenu == nil)
        #expect(state.chart.barScale == .total)
        state.press(.character(":"), .escape)
        #expect(state.commandMenu == nil)
        #expect(state.chart.levels.count == 1)
        state.press(.character(":"), .end)
        #expect(state.press(.enter) == [.quit])
    }

    @Test func keysInTheMenuDoNotReachThePanes() {
        var state = Fixtures.loadedState()
        state.press(.character(":"), .character("q"), .character("s"))
        #expect(state.commandMenu != nil)
        #expect(state.chart.sortOrder == .cost)
    }

    @Test func theMenuCanOpenTheFilter() {
        var state = Fixtures.loadedState()
        state.press(.character(":"))
        for _ in 0..<Keymap.menuCommands.firstIndex(of: .openFilter)! { state.press(.down) }
        state.press(.enter)
        #expect(state.filterPrompt == "")
    }

    @Test func helpListsEveryNewKey() {
        let chart = Keymap.bindings(for: .chart).map(\.command)
        for command in [
            Command.openFilter, .nextMatch, .previousMatch, .chooseExport, .copyReportCommand, .openCommandMenu,
        ] {
            #expect(chart.contains(command), "\(command)")
        }
        #expect(Keymap.command(for: .character(" "), in: .accounts) == .toggleAccount)
        #expect(Keymap.command(for: .enter, in: .accounts) == .activate)
        #expect(Keymap.command(for: .character(" "), in: .range) == .activate)
        var state = Fixtures.loadedState(size: TerminalSize(width: 80, height: 24))
        state.panes.focus = .accounts
        state.press(.character("?"))
        let text = ExplorerView.render(state).text
        #expect(text.contains("in/out of the view"), "\(text)")
        #expect(text.contains("copy the report command"), "\(text)")
    }

    @Test func snapshot() {
        var state = Fixtures.loadedState(size: TerminalSize(width: 80, height: 24))
        state.press(.character(":"), .down)
        assertSnapshot(ExplorerView.render(state), named: "menu-80x24")
    }
}
