import CostCore
import Explorer
import Foundation
import Testing

@Suite("Spike glyphs")
struct SpikeGlyphTests {
    @Test("a row with a planted spike gets a spike event ending in the range; flat rows get none")
    func plantedSpikeFlags() throws {
        let state = SpikeFixtures.loadedState()
        let stepped = try #require(SpikeFixtures.row("stepped", in: state))
        let event = try #require(state.rowEvents.latest(of: stepped))
        #expect(event.label == .spike)
        #expect(event.firstPeriod.start == SpikeFixtures.day(55))
        #expect(state.rowEvents.latest(of: try #require(SpikeFixtures.row("steady", in: state))) == nil)
    }

    @Test("today's incomplete bucket never flags, however large")
    func incompleteDayNeverFlags() throws {
        let state = SpikeFixtures.loadedState()
        let late = try #require(SpikeFixtures.row("late", in: state))
        #expect(state.rowEvents.latest(of: late) == nil)
        let flaggedDays = state.rowEvents.flaggedByCurrency[.rub].map { Array($0.keys) } ?? []
        #expect(!flaggedDays.contains(SpikeFixtures.day(59)))
    }

    @Test("the chart shows the glyph right after the label of the spiked row only")
    func chartGlyph() throws {
        let lines = ExplorerView.render(SpikeFixtures.loadedState()).lines
        let stepped = try #require(lines.first { $0.contains("stepped") })
        let steady = try #require(lines.first { $0.contains("steady") })
        #expect(stepped.contains("stepped  ▲") || stepped.contains("stepped ▲"))
        #expect(!steady.contains("▲"))
        let ascii = ExplorerView.render(SpikeFixtures.loadedState(ascii: true)).lines
        #expect(try #require(ascii.first { $0.contains("stepped") }).contains(" ^ "))
    }

    @Test("the strip marks the spiked bucket with the glyph on the line above its bar")
    func stripMark() throws {
        var state = SpikeFixtures.loadedState()
        let index = try #require(state.table.rows.firstIndex { $0.key.label == "stepped" })
        state.cursor = index
        let frame = ExplorerView.render(state)
        let lines = frame.lines
        let markY = try #require(lines.indices.last { lines[$0].contains("▲") })
        let markX = try #require(Array(lines[markY]).lastIndex(of: "▲"))
        let below = Array(lines[markY + 1])
        #expect(below.indices.contains(markX) && "▁▂▃▄▅▆▇█".contains(below[markX]))
        #expect(lines[markY].filter { $0 == "▲" }.count == 1)
    }

    @Test("no glyphs when the view is monthly")
    func monthlyNone() {
        var state = SpikeFixtures.loadedState()
        state.granularity = .month
        state.deriveView()
        #expect(state.rowEvents == .none)
    }
}
