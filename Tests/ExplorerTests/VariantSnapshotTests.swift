import CostCore
import Explorer
import TerminalKit
import Testing

/// Monochrome (attributes only, through ``assertThemedSnapshot``) and ASCII variants of the
/// main screens: the chart, help, an error, loading and the Selectel metrics drill.
@Suite("Monochrome and ASCII snapshots")
struct VariantSnapshotTests {
    static let size = TerminalSize(width: 120, height: 40)
    static let small = TerminalSize(width: 80, height: 24)

    @Test func projectsInMonochrome() {
        let state = Fixtures.loadedState(size: Self.size)
        assertThemedSnapshot(ExplorerView.render(state), theme: .monochrome, named: "projects-mono-120x40")
    }

    @Test func helpInMonochrome() {
        var state = Fixtures.loadedState(size: Self.size)
        state.press(.character("?"))
        assertThemedSnapshot(ExplorerView.render(state), theme: .monochrome, named: "help-mono-120x40")
    }

    @Test func errorInMonochrome() {
        let state = ScreenFixtures.failed(size: Self.size)
        assertThemedSnapshot(ExplorerView.render(state), theme: .monochrome, named: "error-mono-120x40")
    }

    @Test func selectelMetricsInMonochrome() {
        var state = Fixtures.loadedState(size: Self.size)
        state.press(.enter, .down, .enter)
        #expect(ExplorerView.render(state).text.contains("All projects › production › web-01"))
        assertThemedSnapshot(
            ExplorerView.render(state), theme: .monochrome, named: "drill-selectel-metrics-mono-120x40")
    }

    @Test func helpInASCII() {
        var state = Fixtures.loadedState(size: Self.small, ascii: true)
        state.press(.character("?"))
        let frame = ExplorerView.render(state)
        #expect(Self.nonASCIILines(frame).isEmpty, "\(Self.nonASCIILines(frame))")
        assertSnapshot(frame, named: "help-ascii-80x24")
    }

    @Test func errorInASCII() {
        let frame = ExplorerView.render(ScreenFixtures.failed(size: Self.small, ascii: true))
        #expect(Self.nonASCIILines(frame).isEmpty, "\(Self.nonASCIILines(frame))")
        #expect(frame.text.contains("Could not load spend:"))
        assertSnapshot(frame, named: "error-ascii-80x24")
    }

    @Test func loadingInASCII() {
        let frame = ExplorerView.render(ScreenFixtures.loading(size: Self.small, ascii: true))
        #expect(Self.nonASCIILines(frame).isEmpty, "\(Self.nonASCIILines(frame))")
        #expect(frame.text.contains("Loading spend from selectel-demo..."))
        assertSnapshot(frame, named: "loading-ascii-80x24")
    }

    @Test func selectelMetricsInASCII() {
        var state = Fixtures.loadedState(size: Self.small, ascii: true)
        state.press(.enter, .down, .enter)
        let frame = ExplorerView.render(state)
        #expect(frame.text.contains("All projects > production > web-01"))
        #expect(frame.text.contains("RUB"))
        #expect(Self.nonASCIILines(frame).isEmpty, "\(Self.nonASCIILines(frame))")
        assertSnapshot(frame, named: "drill-selectel-metrics-ascii-80x24")
    }

    /// The lines that are not ASCII, except those holding the fixture's Cyrillic names, which are data.
    static func nonASCIILines(_ frame: Frame) -> [String] {
        frame.lines.filter { line in
            !line.unicodeScalars.allSatisfy(\.isASCII) && !line.contains("Бухгалтерия") && !line.contains("Сервер-1С")
        }
    }
}
