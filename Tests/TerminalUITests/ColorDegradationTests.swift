import TerminalKit
import Testing

@testable import TerminalUI

@Suite("Colour degradation")
struct ColorDegradationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let color: TerminalColor
        let depth: ColorDepth
        let expected: Int
        var testDescription: String { "\(color) at \(depth) → \(expected)" }
    }

    @Test(
        "theme colours map to the colour numbers each depth supports",
        arguments: [
            // 16 colours: palette and RGB colours go to the nearest ANSI colour.
            Case(color: .indexed(196), depth: .sixteen, expected: 9),  // pure red → bright red
            Case(color: .indexed(46), depth: .sixteen, expected: 10),  // pure green → bright green
            Case(color: .indexed(231), depth: .sixteen, expected: 15),  // white → bright white
            Case(color: .indexed(16), depth: .sixteen, expected: 0),  // cube black → black
            Case(color: .indexed(240), depth: .sixteen, expected: 8),  // dark grey → bright black
            Case(color: .indexed(252), depth: .sixteen, expected: 7),  // light grey → white
            Case(color: .indexed(3), depth: .sixteen, expected: 3),  // 0–15 kept
            Case(color: .ansi(12), depth: .sixteen, expected: 12),
            Case(color: .rgb(250, 10, 10), depth: .sixteen, expected: 9),
            Case(color: .rgb(0, 0, 200), depth: .sixteen, expected: 4),
            Case(color: .rgb(0, 200, 200), depth: .sixteen, expected: 6),
            Case(color: .terminalDefault, depth: .sixteen, expected: -1),
            // 8 colours: bright colours fold onto normal ones.
            Case(color: .indexed(196), depth: .eight, expected: 1),
            Case(color: .ansi(12), depth: .eight, expected: 4),
            Case(color: .indexed(231), depth: .eight, expected: 7),
            Case(color: .indexed(240), depth: .eight, expected: 7),  // grey text stays legible
            // 256 colours: indices kept, RGB to the nearest cube or grey entry.
            Case(color: .indexed(196), depth: .palette256, expected: 196),
            Case(color: .ansi(9), depth: .palette256, expected: 9),
            Case(color: .rgb(255, 0, 0), depth: .palette256, expected: 196),
            Case(color: .rgb(0, 95, 135), depth: .palette256, expected: 24),
            Case(color: .rgb(128, 128, 128), depth: .palette256, expected: 244),
            Case(color: .rgb(250, 130, 0), depth: .palette256, expected: 208),
            // Direct colour: 0xRRGGBB, ANSI 0–7 kept.
            Case(color: .indexed(196), depth: .direct, expected: 0xFF0000),
            Case(color: .rgb(1, 2, 3), depth: .direct, expected: 0x010203),
            Case(color: .ansi(1), depth: .direct, expected: 1),
            Case(color: .ansi(9), depth: .direct, expected: 0xFF0000),
            // No colour at all.
            Case(color: .indexed(196), depth: .none, expected: -1),
        ]
    )
    func foregroundMapping(_ testCase: Case) {
        let number = ColorPalette.colorNumber(for: testCase.color, depth: testCase.depth, isBackground: false)
        #expect(number == testCase.expected)
    }

    @Test("a grey background folds to black on 8 colours, not to white")
    func greyBackgroundOnEightColours() {
        #expect(ColorPalette.colorNumber(for: .indexed(240), depth: .eight, isBackground: true) == 0)
    }

    @Test("palette RGB values follow xterm")
    func paletteValues() {
        #expect(ColorPalette.rgb(ofIndex: 16) == (0, 0, 0))
        #expect(ColorPalette.rgb(ofIndex: 196) == (255, 0, 0))
        #expect(ColorPalette.rgb(ofIndex: 231) == (255, 255, 255))
        #expect(ColorPalette.rgb(ofIndex: 232) == (8, 8, 8))
        #expect(ColorPalette.rgb(ofIndex: 255) == (238, 238, 238))
    }

    @Test("every palette index maps back to itself at 256 colours")
    func nearest256RoundTrip() {
        for index in 16...255 {
            let rgb = ColorPalette.rgb(ofIndex: UInt8(index))
            let back = ColorPalette.nearest256(rgb)
            #expect(ColorPalette.rgb(ofIndex: UInt8(back)) == rgb, "index \(index)")
        }
    }
}
