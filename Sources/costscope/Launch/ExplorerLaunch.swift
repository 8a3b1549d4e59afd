import CostCore
import CostscopeApp
import Explorer
import Foundation
import Providers
import TerminalKit
import TerminalUI

/// Everything needed to open the explorer, and the code that opens it —
/// headless for `--snapshot`, in the terminal otherwise.
struct ExplorerLaunch {
    /// Accounts shown in the accounts pane.
    var accounts: [AccountEntry]
    /// How to fetch each account that can be fetched.
    var fetchers: [any SpendSource]
    /// Accounts that cannot be fetched, with the reason shown in their place.
    var unavailable: [String: String] = [:]
    /// The zone days are cut in.
    var zone: TimeZone
    /// The clock for presets.
    var now: Date
    /// The clock for when data arrived and exports are stamped.
    var clock: @Sendable () -> Date
    /// A note after the product name in the header.
    var headerNote: String?
    /// Where `costscope report` would read the same accounts, e.g. `--demo` (for the copied command line).
    var reportSource: [String] = []
    /// Where notes about the cache go; the status line while the explorer owns the terminal.
    var cacheNotices: CacheNotices?
    /// The fetches' warnings and fallbacks; the status line and the accounts' info show them.
    var fetchNotes: FetchNotes?

    func run(view: ExplorerOptions, selection: SelectionOptions, configuredTheme: String?) async throws {
        let zone = selection.tz != nil ? try selection.zone() : zone
        let shown = selection.account.isEmpty ? accounts : accounts.filter { selection.account.contains($0.name) }
        if let unknown = selection.account.first(where: { name in !accounts.contains { $0.name == name } }) {
            let names = accounts.map(\.name).joined(separator: ", ")
            throw CommandFailure("no account named '\(unknown)' (accounts: \(names))")
        }
        let runner = EffectRunner(fetchers: fetchers, unavailable: unavailable, clock: clock)
        defer { runner.cancelAll() }
        let notesInbox = runner.inbox
        fetchNotes?.listen { notesInbox.post(.fetchNote(account: $0.account, message: $0.message)) }
        defer { fetchNotes?.listen(nil) }
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: view.snapshot?.size ?? TerminalSize(width: 80, height: 24), now: now, zone: zone, accounts: shown,
            ascii: view.ascii)
        state.screen.headerNote = headerNote
        state.screen.mouseEnabled = view.mouse
        state.screen.reportSource = reportSource + selection.account.flatMap { ["--account", $0] }
        let opened = state.open(
            range: try selection.dateRange(now: now, in: zone), preset: selection.range, dimension: selection.groupBy,
            granularity: selection.granularity ?? .day)
        guard opened else {
            let offered = state.query.dimensions.map(\.rawValue).joined(separator: ", ")
            throw CommandFailure(
                "the explorer cannot group by \(selection.groupBy.rawValue) here (use one of: \(offered))")
        }
        let effects = state.beginFetch()
        if view.snapshot != nil {
            let keys = try KeyName.parseScript(view.keys)
            let session = Session(runner: runner)
            let final = await session.run(state: state, initialEffects: effects, backend: ScriptedKeys(keys))
            StandardOutput.line(ExplorerView.render(final).text)
            return
        }
        let options = TerminalOptions(
            colorMode: view.color, ascii: view.ascii ? true : nil, mouse: view.mouse,
            theme: try view.loadTheme(fallback: configuredTheme))
        let session = Session(runner: runner)
        let initialState = state
        let inbox = runner.inbox
        cacheNotices?.redirect { inbox.post(.cacheNotice($0)) }
        defer { cacheNotices?.redirect(to: nil) }
        do {
            try await Task { @MainActor in
                let terminal = try CursesBackend(options: options)
                defer { terminal.shutdown() }
                _ = await session.run(state: initialState, initialEffects: effects, backend: terminal)
            }.value
        } catch let error as TerminalError {
            throw CommandFailure(error.description)
        }
    }
}
