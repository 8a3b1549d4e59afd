import Explorer
import TerminalUI

/// Runs the explorer in the real terminal until the user quits.
@MainActor
struct InteractiveSession {
    let runner: EffectRunner
    let options: TerminalOptions

    func run(state initial: ExplorerState, initialEffects: [Effect]) throws {
        let terminal = try CursesTerminal(options: options)
        defer { terminal.shutdown() }
        var state = initial
        state.size = terminal.size
        state.ascii = state.ascii || !terminal.unicodeOK
        _ = reduce(&state, .resize(terminal.size))
        var quit = perform(initialEffects, terminal: terminal)
        var dirty = true
        while !quit {
            for action in runner.inbox.drain() {
                quit = perform(reduce(&state, action), terminal: terminal) || quit
                dirty = true
            }
            if dirty {
                terminal.draw(ExplorerView.render(state))
                dirty = false
            }
            guard !quit, let event = terminal.nextEvent(timeoutMilliseconds: 40) else { continue }
            let action: Action
            switch event {
            case .key(let key): action = .key(key)
            case .resize(let size): action = .resize(size)
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
