import CNCursesW
import TerminalKit
import Testing

@testable import TerminalUI

@Suite("Mouse decoding")
struct MouseDecoderTests {
    @Test func thePrimaryButtonIsAClickWhetherPressedOrClicked() {
        #expect(
            MouseDecoder.decode(x: 29, y: 9, buttons: cs_button1_pressed()) == MouseEvent(x: 29, y: 9, kind: .click))
        #expect(
            MouseDecoder.decode(x: 0, y: 0, buttons: cs_button1_clicked()) == MouseEvent(x: 0, y: 0, kind: .click))
    }

    @Test func buttonsFourAndFiveAreTheWheel() {
        #expect(MouseDecoder.decode(x: 3, y: 4, buttons: cs_button4_pressed())?.kind == .wheelUp)
        #expect(MouseDecoder.decode(x: 3, y: 4, buttons: cs_button5_pressed())?.kind == .wheelDown)
    }

    @Test func everythingElseIsIgnored() {
        #expect(MouseDecoder.decode(x: 3, y: 4, buttons: 0) == nil)
        #expect(MouseDecoder.decode(x: 3, y: 4, buttons: cs_report_mouse_position()) == nil)
        #expect(MouseDecoder.decode(x: -1, y: 4, buttons: cs_button1_pressed()) == nil)
    }

    @Test func theRequestedEventsAreClicksAndTheWheelWithoutMotion() {
        let mask = MouseDecoder.reportedEvents
        #expect(mask & cs_button1_pressed() != 0)
        #expect(mask & cs_button1_clicked() != 0)
        #expect(mask & cs_button4_pressed() != 0)
        #expect(mask & cs_button5_pressed() != 0)
        #expect(mask & cs_report_mouse_position() == 0)
    }
}
