import Explorer
import TerminalKit

/// Runs the explorer without a terminal: applies a key script, letting every
/// load settle after each key, and returns the final frame, drawn as the terminal shows it
/// once the keys have stopped (the time-series strip caught up with the cursor).
package struct HeadlessSession {
    package let runner: EffectRunner

    package init(runner: EffectRunner) { self.runner = runner }

    package func run(state initial: ExplorerState, initialEffects: [Effect], keys: [Key]) async -> Frame {
        var state = initial
        var quit = await apply(initialEffects, to: &state)
        for key in keys where !quit {
            quit = await apply(reduce(&state, .key(key)), to: &state)
        }
        runner.cancelAll()
        _ = reduce(&state, .settle)
        return ExplorerView.render(state)
    }

    /// Runs effects and feeds results back until nothing is pending. Returns true on quit.
    private func apply(_ effects: [Effect], to state: inout ExplorerState) async -> Bool {
        var queue = effects
        while true {
            for effect in queue where effect == .quit { return true }
            for effect in queue { runner.run(effect) }
            queue = []
            await runner.waitUntilIdle()
            let actions = runner.inbox.drain()
            if actions.isEmpty && !runner.isBusy { return false }
            for action in actions { queue += reduce(&state, action) }
        }
    }
}
