import CostCore
import Foundation
import Providers
import TerminalKit
import Testing

@testable import Explorer

@Suite("Chart column widths come from the whole table, not the visible rows")
struct ChartColumnWidthsTests {
    /// `count` objects of 100.00 ₽ a day and one credit of −5,000.00 ₽, which sorts last.
    private func longListState(objects count: Int, ascii: Bool = false) -> ExplorerState {
        let day = DateRange(start: Fixtures.now.addingTimeInterval(-86_400), end: Fixtures.now)
        func record(_ id: String, kopecks: Int64) -> CostRecord {
            CostRecord(
                provider: .selectel, account: "selectel-demo", project: EntityRef(id: "p", name: "production"),
                object: ObjectRef(id: id, name: id, type: "cloud_vm"), metric: nil, region: nil, service: nil,
                period: day, amount: Money(minorUnits: kopecks, .rub), quantity: nil, unit: nil)
        }
        let records =
            (0..<count).map { record(String(format: "vm-%02d", $0), kopecks: 10_000) } + [
                record("vm-credit", kopecks: -500_000)
            ]
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: TerminalSize(width: 120, height: 40), now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "selectel-demo", provider: .selectel)], ascii: ascii)
        _ = state.open(range: state.query.range, preset: state.query.preset, dimension: .object, granularity: .day)
        let effects = state.beginFetch()
        guard case .fetch(_, let id) = effects.last else { fatalError("no fetch") }
        _ = reduce(
            &state,
            .recordsLoaded(requestID: id, account: "selectel-demo", records: SpendStore(records), at: Fixtures.now))
        return state
    }

    /// The number of bar cells on the line showing `label`.
    private func barCells(of label: String, in frame: Frame) -> Int? {
        frame.text.split(separator: "\n").first { $0.contains(label) }.map { line in
            line.filter { $0 == "█" }.count
        }
    }

    @Test func theAmountColumnIsAsWideAsAnAmountOffScreen() throws {
        let capacity = longListState(objects: 1).layout.chartRowCapacity
        var state = longListState(objects: capacity + 2)
        let credit = Money(minorUnits: -500_000, .rub).formatted(ascii: false)
        let top = ExplorerView.render(state)
        #expect(!top.text.contains(credit))
        #expect(ChartColumns(state: state, width: 100).amountWidth == DisplayWidth.of(credit))
        _ = reduce(&state, .key(.end))
        _ = reduce(&state, .settle)
        let bottom = ExplorerView.render(state)
        #expect(bottom.text.contains(credit))
        // A row seen at the top and at the bottom of the list keeps its bar length.
        let shared = try #require(
            (0..<capacity + 2).map { String(format: "vm-%02d", $0) }.first {
                top.text.contains($0) && bottom.text.contains($0)
            })
        let atTop = try #require(barCells(of: shared, in: top))
        #expect(atTop > 0)
        #expect(barCells(of: shared, in: bottom) == atTop)
    }

    @Test func widthsMeasuredForUnicodeAreRemeasuredForASCII() {
        var state = longListState(objects: 3)
        state.screen.ascii = true
        let columns = ChartColumns(state: state, width: 100)
        #expect(columns.amountWidth == DisplayWidth.of("-5,000.00 RUB"))
    }
}
