import Explorer
import TerminalUI

/// Runs the explorer in the real terminal until the user quits.
@MainActor
package struct InteractiveSession {
    /// How long the cursor must rest before the time-series strip follows it.
    static let settleDelay = Duration.milliseconds(150)

    package let runner: EffectRunner
    package let options: TerminalOptions

    nonisolated package init(runner: EffectRunner, options: TerminalOptions) {
        self.runner = runner
        self.options = options
    }

    package func run(state initial: ExplorerState, initialEffects: [Effect]) throws {
        let terminal = try CursesTerminal(options: options)
        defer { terminal.shutdown() }
        var state = initial
        state.screen.size = terminal.size
        state.screen.ascii = state.screen.ascii || !terminal.unicodeOK
        _ = reduce(&state, .resize(terminal.size))
        var quit = perform(initialEffects, terminal: terminal)
        var dirty = true
        var lastKeyAt = ContinuousClock.now
        while !quit {
            for action in runner.inbox.drain() {
                quit = perform(reduce(&state, action), terminal: terminal) || quit
                dirty = true
            }
            if dirty {
                terminal.draw(ExplorerView.render(state))
                dirty = false
            }
            if !state.isStripSettled && ContinuousClock.now - lastKeyAt >= Self.settleDelay {
                _ = reduce(&state, .settle)
                dirty = true
                continue
            }
            guard !quit, let event = terminal.nextEvent(timeoutMilliseconds: 40) else { continue }
            if case .resize = event {} else { lastKeyAt = ContinuousClock.now }
            let action: Action
            switch event {
            case .key(let key): action = .key(key)
            case .resize(let size): action = .resize(size)
            case .mouse(let mouse): action = .mouse(mouse)
            }
            quit = perform(reduce(&state, action), terminal: terminal)
            dirty = true
        }
        runner.cancelAll()
    }

    /// Runs effects; returns true when one of them is quit.
    private func perform(_ effects: [Effect], terminal: CursesTerminal) -> Bool {
        var quit = false
        for effect in effects {
            switch effect {
            case .quit: quit = true
            case .repaint: terminal.forceFullRepaint()
            case .copyToClipboard(let text): terminal.copyToClipboard(text)
            default: runner.run(effect)
            }
        }
        return quit
    }
}
