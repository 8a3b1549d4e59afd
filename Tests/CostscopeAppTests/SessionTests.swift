import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit
import Testing

@testable import CostscopeApp

@Suite struct SessionTests {
    private let now = AppFixtures.november.addingTimeInterval(20 * AppFixtures.day)

    private func start(_ sources: [RecordedSource]) -> (ExplorerState, [Effect], EffectRunner) {
        var state = ExplorerState(
            providers: ProviderProfile.catalog, size: TerminalSize(width: 120, height: 40), now: now,
            zone: AppFixtures.utc, accounts: sources.map { AccountEntry(name: $0.name, provider: $0.provider) })
        let effects = state.beginFetch()
        return (state, effects, EffectRunner(fetchers: sources, clock: { [now] in now }))
    }

    private func source(_ name: String, objects: [String]) -> RecordedSource {
        let range = AppFixtures.days(20)
        return RecordedSource(
            name: name,
            records: objects.flatMap { AppFixtures.daily(account: name, object: $0, over: range, amount: "2.50") })
    }

    @Test func aKeyScriptRunsAfterEveryLoadHasSettled() async {
        let (state, effects, runner) = start([source("main", objects: ["db", "web"])])
        let final = await Session(runner: runner).run(
            state: state, initialEffects: effects, backend: ScriptedKeys([.enter, .down]))
        #expect(final.load.records.count == 40)
        #expect(final.chart.levels.count == 2, "Enter drilled into the project")
        #expect(final.chart.cursor == 1)
        #expect(final.isStripSettled)
        #expect(!runner.isBusy)
    }

    @Test func repaintCopyAndQuitReachTheBackendAndNothingAfterQuitRuns() async {
        let (state, effects, runner) = start([source("main", objects: ["db"])])
        let backend = RecordingBackend([.key(.control("l")), .key(.character("y")), .key(.character("q")), .key(.down)])
        let final = await Session(runner: runner).run(state: state, initialEffects: effects, backend: backend)
        #expect(backend.repaints == 1)
        #expect(backend.copied.count == 1)
        #expect(backend.copied.first?.hasPrefix("costscope report") == true)
        #expect(backend.events.count == 1, "the key after q was never read")
        #expect(backend.frames > 0)
        #expect(final.chart.cursor == 0)
    }
}

/// A backend that plays events as soon as they are asked for and records what it is told.
private final class RecordingBackend: SessionBackend {
    var events: [TerminalEvent]
    var repaints = 0
    var copied: [String] = []
    var frames = 0

    init(_ events: [TerminalEvent]) { self.events = events }

    var size: TerminalSize? { TerminalSize(width: 100, height: 30) }
    var unicodeOK: Bool { true }
    var settleDelay: Duration? { nil }

    nonisolated(nonsending) func next(_ runner: EffectRunner) async -> SessionInput {
        if runner.isBusy || !runner.inbox.isEmpty {
            await runner.waitUntilIdle()
            return .idle
        }
        return events.isEmpty ? .end : .event(events.removeFirst())
    }

    func draw(_ frame: @autoclosure () -> Frame) { frames += 1 }
    func repaint() { repaints += 1 }
    func copyToClipboard(_ text: String) { copied.append(text) }
}
