import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit

/// Sixty MSK days up to 2026-11-20 for the Δ columns: production costs more in the last 30
/// days than before, staging less, Бухгалтерия the same, and `ml` is new in the last 10 days
/// with a spike on 2026-11-18.
enum ChangeFixtures {
    /// Kopecks per day of a project on day `offset` (0 = 2026-09-22 MSK, 59 = 2026-11-20).
    static func kopecks(project: String, offset: Int) -> Int64? {
        let current = offset >= 30
        switch project {
        case "p-prod": return current ? 30_000 + Int64(offset % 3) : 20_000
        case "p-stage": return current ? 4_000 : 9_000 + Int64(offset % 2)
        case "p-acc": return 6_500
        case "p-ml":
            guard offset >= 50 else { return nil }
            return offset == 57 ? 90_000 : 5_000 + Int64(offset % 2) * 100
        default: return nil
        }
    }

    static let projects = [("p-prod", "production"), ("p-stage", "staging"), ("p-acc", "Бухгалтерия"), ("p-ml", "ml")]

    /// The records, one per project and day.
    static var records: [CostRecord] {
        let first = CivilDateTime(year: 2026, month: 9, day: 22).date(utcOffsetSeconds: 10_800)
        var result: [CostRecord] = []
        for offset in 0..<60 {
            let start = first.addingTimeInterval(Double(offset) * 86_400)
            for (id, name) in projects {
                guard let amount = kopecks(project: id, offset: offset) else { continue }
                result.append(
                    CostRecord(
                        provider: .selectel, account: "selectel-demo", project: EntityRef(id: id, name: name),
                        object: ObjectRef(id: "vm-" + id, name: "vm-" + name, type: "cloud_vm"),
                        metric: EntityRef(id: "vcpu", name: "vCPU"), region: "ru-9", service: "vpc",
                        period: DateRange(start: start, end: start.addingTimeInterval(86_400)),
                        amount: Money(minorUnits: amount, .rub)))
            }
        }
        return result
    }

    /// The exact sum of `project`'s records whose middle lies in `range`, added up independently.
    static func sum(project: String, in range: DateRange) -> Amount {
        records.filter { $0.project?.id == project && range.contains($0.period.midpoint) }
            .reduce(Amount.zero) { $0 + $1.amount.amount }
    }

    /// A state with the fixture loaded through the fetch the explorer asks for.
    static func loadedState(size: TerminalSize = TerminalSize(width: 120, height: 40), ascii: Bool = false)
        -> ExplorerState
    {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: size, now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "selectel-demo", provider: .selectel)], ascii: ascii)
        state.screen.headerNote = "demo"
        guard case .fetch(let query, let id) = state.beginFetch().last else { fatalError("no fetch") }
        let fetched = records.filter { query.range.contains($0.period.midpoint) }
        _ = reduce(
            &state,
            .recordsLoaded(requestID: id, account: "selectel-demo", records: SpendStore(fetched), at: Fixtures.now))
        return state
    }
}
