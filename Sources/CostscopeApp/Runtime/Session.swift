import Explorer
import TerminalKit
import TerminalUI

/// The explorer's one run loop: actions from the effect runner and events from a backend go
/// through `reduce`, and the effects that come back are run. The backend is the real terminal
/// (``CursesBackend``) or a key script (``ScriptedKeys``, for `--snapshot`). It runs on its
/// caller's actor: the terminal's loop on the main thread, a key script wherever it was started.
package struct Session {
    package let runner: EffectRunner

    package init(runner: EffectRunner) { self.runner = runner }

    /// Runs until a quit or the end of the backend's events; returns the last state, with the
    /// time-series strip caught up with the cursor.
    package func run(
        state initial: ExplorerState, initialEffects: [Effect], backend: some SessionBackend,
        isolation: isolated (any Actor)? = #isolation
    ) async -> ExplorerState {
        var state = initial
        if let size = backend.size {
            state.screen.size = size
            state.screen.ascii = state.screen.ascii || !backend.unicodeOK
            _ = reduce(&state, .resize(size))
        }
        var quit = perform(initialEffects, backend)
        var dirty = true
        var lastKeyAt = ContinuousClock.now
        loop: while !quit {
            if dirty {
                backend.draw(ExplorerView.render(state))
                dirty = false
            }
            if let delay = backend.settleDelay, !state.isStripSettled, ContinuousClock.now - lastKeyAt >= delay {
                _ = reduce(&state, .settle)
                dirty = true
                continue
            }
            // The backend answers when it is time to look at results: the terminal after a
            // short poll, a key script once every load has settled (so no frame depends on which
            // account answered first, and no table is built while other accounts still fetch).
            switch await backend.next(runner) {
            case .end: break loop
            case .idle: break
            case .event(let event):
                let action: Action
                switch event {
                case .key(let key): action = .key(key)
                case .mouse(let mouse): action = .mouse(mouse)
                case .resize(let size): action = .resize(size)
                }
                if case .resize = action {} else { lastKeyAt = ContinuousClock.now }
                quit = perform(reduce(&state, action), backend)
                dirty = true
            }
            for action in runner.inbox.drain() where !quit {
                quit = perform(reduce(&state, action), backend)
                dirty = true
            }
        }
        runner.cancelAll()
        _ = reduce(&state, .settle)
        return state
    }

    /// Runs effects; returns true when one of them is quit.
    private func perform(_ effects: [Effect], _ backend: some SessionBackend) -> Bool {
        var quit = false
        for effect in effects {
            switch effect {
            case .quit: quit = true
            case .repaint: backend.repaint()
            case .copyToClipboard(let text): backend.copyToClipboard(text)
            default: runner.run(effect)
            }
        }
        return quit
    }
}

/// What a session's next event is.
package enum SessionInput {
    case event(TerminalEvent)
    /// Nothing yet: look at the runner's results and ask again.
    case idle
    /// No more events: the session ends.
    case end
}

/// Where a session's events come from and its frames go. A backend is used by the one task that
/// runs its session.
package protocol SessionBackend: AnyObject {
    /// The terminal's size, when there is a terminal.
    var size: TerminalSize? { get }
    /// Whether the terminal shows Unicode (else the explorer draws in ASCII).
    var unicodeOK: Bool { get }
    /// How long the cursor must rest before the strip follows it; nil for only when the session ends.
    var settleDelay: Duration? { get }
    nonisolated(nonsending) func next(_ runner: EffectRunner) async -> SessionInput
    func draw(_ frame: @autoclosure () -> Frame)
    func repaint()
    func copyToClipboard(_ text: String)
}

/// The real terminal; its session runs on the main actor, as curses wants one thread.
package final class CursesBackend: SessionBackend {
    private let terminal: CursesTerminal

    package init(options: TerminalOptions) throws { terminal = try CursesTerminal(options: options) }

    /// Gives the terminal back (the alternate screen left, modes restored).
    package func shutdown() { terminal.shutdown() }

    package var size: TerminalSize? { terminal.size }
    package var unicodeOK: Bool { terminal.unicodeOK }
    package var settleDelay: Duration? { .milliseconds(150) }

    nonisolated(nonsending) package func next(_ runner: EffectRunner) async -> SessionInput {
        terminal.nextEvent(timeoutMilliseconds: 40).map { .event($0) } ?? .idle
    }

    package func draw(_ frame: @autoclosure () -> Frame) { terminal.draw(frame()) }
    package func repaint() { terminal.forceFullRepaint() }
    package func copyToClipboard(_ text: String) { terminal.copyToClipboard(text) }
}

/// A key script instead of a terminal: each key waits until every load it started has settled,
/// so the final frame does not depend on timing.
package final class ScriptedKeys: SessionBackend {
    private var keys: [Key]

    package init(_ keys: [Key]) { self.keys = keys }

    package var size: TerminalSize? { nil }
    package var unicodeOK: Bool { true }
    package var settleDelay: Duration? { nil }

    nonisolated(nonsending) package func next(_ runner: EffectRunner) async -> SessionInput {
        if runner.isBusy || !runner.inbox.isEmpty {
            await runner.waitUntilIdle()
            return .idle
        }
        return keys.isEmpty ? .end : .event(.key(keys.removeFirst()))
    }

    package func draw(_ frame: @autoclosure () -> Frame) {}
    package func repaint() {}
    package func copyToClipboard(_ text: String) {}
}
