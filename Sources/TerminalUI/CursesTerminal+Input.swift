import CNCursesW
import TerminalKit

extension CursesTerminal {
    /// Waits up to `timeoutMilliseconds` (negative: forever, 0: just poll) for
    /// a key, a resize or (with ``TerminalOptions/mouse``) a click or wheel turn.
    ///
    /// Returns `nil` when nothing arrived in time, and also for input the app
    /// does not use (an unknown key code), so callers simply loop. A resize
    /// (ncurses turns SIGWINCH into `KEY_RESIZE`) returns `.resize` with the new
    /// size, and the next ``draw(_:)`` repaints everything.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        guard isActive else { return nil }
        let window = cs_stdscr()
        setInputTimeout(Int32(clamping: max(-1, timeoutMilliseconds)), window: window)
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        switch status {
        case KEY_CODE_YES:
            if Int32(bitPattern: UInt32(code)) == KEY_RESIZE {
                forceFullRepaint()
                return .resize(size)
            }
            if Int32(bitPattern: UInt32(code)) == KEY_MOUSE {
                var event = MEVENT()
                guard getmouse(&event) == cs_ok() else { return nil }
                return MouseDecoder.decode(x: event.x, y: event.y, buttons: event.bstate).map(TerminalEvent.mouse)
            }
            return KeyDecoder.decode(.keyCode(Int32(bitPattern: UInt32(code)))).map(TerminalEvent.key)
        case cs_ok():
            return KeyDecoder.decode(.character(UInt32(code))).map(TerminalEvent.key)
        default:
            return nil
        }
    }
}
