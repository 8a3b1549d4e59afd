import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit

/// Sixty MSK days up to 2026-11-20 (today, still running at 15:00) for the spike glyphs:
/// `steady` bills the same every day, `stepped` jumps fivefold on 2026-11-16, and `late`
/// bills fifty times its usual only today, which is incomplete and must never flag. With
/// `more`, `jumped` (₽) spikes more than `stepped` on 2026-11-10, and `dollars` (in $, a
/// larger number than either) on 2026-11-12.
enum SpikeFixtures {
    /// Kopecks of a project on day `offset` (0 = 2026-09-22 MSK, 59 = 2026-11-20, today).
    static func kopecks(project: String, offset: Int) -> Int64 {
        switch project {
        case "p-steady": 10_000 + Int64(offset % 3) * 10
        case "p-stepped": offset == 55 ? 50_000 : 10_000 + Int64(offset % 2) * 10
        case "p-late": offset == 59 ? 500_000 : 10_000
        case "p-jumped": offset == 49 ? 90_000 : 10_000 + Int64(offset % 2) * 10
        case "p-dollars": offset == 51 ? 9_000_000 : 10_000
        default: 0
        }
    }

    static let projects = [("p-steady", "steady"), ("p-stepped", "stepped"), ("p-late", "late")]
    static let moreProjects = [("p-jumped", "jumped"), ("p-dollars", "dollars")]

    /// The start (MSK midnight) of day `offset`.
    static func day(_ offset: Int) -> Date {
        CivilDateTime(year: 2026, month: 9, day: 22).date(utcOffsetSeconds: 10_800)
            .addingTimeInterval(Double(offset) * 86_400)
    }

    /// One record per project and day.
    static func records(more: Bool = false) -> [CostRecord] {
        (0..<60).flatMap { offset in
            (projects + (more ? moreProjects : [])).map { id, name in
                CostRecord(
                    provider: .selectel, account: "selectel-demo", project: EntityRef(id: id, name: name),
                    period: DateRange(start: day(offset), end: day(offset).addingTimeInterval(86_400)),
                    amount: Money(minorUnits: kopecks(project: id, offset: offset), id == "p-dollars" ? .usd : .rub))
            }
        }
    }

    /// A state with the fixture loaded through the fetch the explorer asks for.
    static func loadedState(
        size: TerminalSize = TerminalSize(width: 120, height: 40), ascii: Bool = false, more: Bool = false
    ) -> ExplorerState {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: size, now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "selectel-demo", provider: .selectel)], ascii: ascii)
        guard case .fetch(let query, let id) = state.beginFetch().last else { fatalError("no fetch") }
        let fetched = records(more: more).filter { query.range.contains($0.period.midpoint) }
        _ = reduce(
            &state,
            .recordsLoaded(requestID: id, account: "selectel-demo", records: SpendStore(fetched), at: Fixtures.now))
        return state
    }

    /// The chart row of `label`.
    static func row(_ label: String, in state: ExplorerState) -> GroupRow? {
        state.table.rows.first { $0.key.label == label }
    }
}
