import CNCursesW
import TerminalKit

/// Turns what ncurses `getmouse` reported into a ``MouseEvent``. Pure.
public enum MouseDecoder {
    /// The events the explorer asks ncurses for: primary-button presses and clicks and the
    /// wheel (buttons 4 and 5), without pointer motion.
    public static var reportedEvents: mmask_t {
        (cs_button1_pressed() | cs_button1_clicked() | cs_button4_pressed() | cs_button5_pressed())
            & ~cs_report_mouse_position()
    }

    /// The event at column `x`, line `y` for the button state `buttons`, or nil for anything
    /// the explorer does not use (releases, other buttons, motion, off-screen positions).
    public static func decode(x: Int32, y: Int32, buttons: mmask_t) -> MouseEvent? {
        guard x >= 0, y >= 0 else { return nil }
        let kind: MouseEvent.Kind
        if buttons & cs_button4_pressed() != 0 {
            kind = .wheelUp
        } else if buttons & cs_button5_pressed() != 0 {
            kind = .wheelDown
        } else if buttons & (cs_button1_pressed() | cs_button1_clicked()) != 0 {
            kind = .click
        } else {
            return nil
        }
        return MouseEvent(x: Int(x), y: Int(y), kind: kind)
    }
}
