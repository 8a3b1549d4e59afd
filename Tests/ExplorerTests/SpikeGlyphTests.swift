import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit
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
        state.chart.cursor = index
        let frame = ExplorerView.render(state)
        let lines = frame.lines
        let markY = try #require(lines.indices.last { lines[$0].contains("▲") })
        let markX = try #require(Array(lines[markY]).lastIndex(of: "▲"))
        let below = Array(lines[markY + 1])
        #expect(below.indices.contains(markX) && "▁▂▃▄▅▆▇█".contains(below[markX]))
        #expect(lines[markY].filter { $0 == "▲" }.count == 1)
    }

    @Test("with many rows (scanned on every core) each planted spike is flagged on its own row")
    func manyRowsEachKeepTheirOwnEvents() throws {
        let spikeDay = { (project: Int) in 40 + project % 15 }
        let records = (0..<60).flatMap { offset in
            (0..<150).map { project in
                let spiked = project % 3 == 0 && offset == spikeDay(project)
                return CostRecord(
                    provider: .selectel, account: "selectel-demo", project: EntityRef(id: "p\(project)"),
                    period: DateRange(
                        start: SpikeFixtures.day(offset), end: SpikeFixtures.day(offset).addingTimeInterval(86_400)),
                    amount: Money(minorUnits: spiked ? 5_000_000 : 10_000 + Int64(offset % 2) * 10, .rub))
            }
        }
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: TerminalSize(width: 120, height: 40), now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "selectel-demo", provider: .selectel)])
        guard case .fetch(let query, let id) = state.beginFetch().last else { throw CancellationError() }
        _ = reduce(
            &state,
            .recordsLoaded(
                requestID: id, account: "selectel-demo",
                records: SpendStore(records.filter { query.range.contains($0.period.midpoint) }), at: Fixtures.now))

        #expect(state.table.rows.count == 150)
        for row in state.table.rows {
            let project = try #require(Int(row.key.label.dropFirst()))
            let event = state.rowEvents.latest(of: row)
            if project % 3 == 0 {
                #expect(event?.label == .spike, "\(row.key.label)")
                #expect(event?.firstPeriod.start == SpikeFixtures.day(spikeDay(project)), "\(row.key.label)")
            } else {
                #expect(event == nil, "\(row.key.label)")
            }
        }
    }

    @Test("no glyphs when the view is monthly")
    func monthlyNone() {
        var state = SpikeFixtures.loadedState()
        state.query.granularity = .month
        state.deriveView()
        #expect(state.rowEvents == .none)
    }
}
