import Testing

@testable import TerminalUI

@Suite("Colour depth selection")
struct ColorDepthTests {
    private func depth(
        _ mode: ColorMode, noColor: Bool = false, hasColors: Bool = true, colors: Int = 256, direct: Bool = false
    ) -> ColorDepth {
        ColorDepth.resolve(mode: mode, noColor: noColor, hasColors: hasColors, colors: colors, directColor: direct)
    }

    @Test("auto honours NO_COLOR, always ignores it, never is never")
    func modes() {
        #expect(depth(.auto) == .palette256)
        #expect(depth(.auto, noColor: true) == .none)
        #expect(depth(.always, noColor: true) == .palette256)
        #expect(depth(.never) == .none)
    }

    @Test("the terminal's palette size decides the depth")
    func capabilities() {
        #expect(depth(.auto, hasColors: false, colors: 0) == .none)
        #expect(depth(.always, hasColors: false, colors: 0) == .none)
        #expect(depth(.auto, colors: 8) == .eight)
        #expect(depth(.auto, colors: 16) == .sixteen)
        #expect(depth(.auto, colors: 88) == .sixteen)
        #expect(depth(.auto, colors: 0x100_0000, direct: true) == .direct)
        #expect(depth(.auto, colors: 0x100_0000) == .palette256)
    }
}
