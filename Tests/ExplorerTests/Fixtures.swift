import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit

/// A small deterministic Selectel-like data set for reducer and view tests.
enum Fixtures {
    static let moscow = TimeZone(identifier: "Europe/Moscow")!
    /// 2026-11-20 15:00 MSK.
    static let now = CivilDateTime(parsing: "2026-11-20T12:00:00")!.date(utcOffsetSeconds: 0)

    struct Series {
        let project: (String, String)
        let object: ObjectRef
        let metric: (String, String, String)
        let kopecksPerDay: Int64
    }

    static let series: [Series] = [
        Series(
            project: ("p-prod", "production"), object: ObjectRef(id: "vm-web", name: "web-01", type: "cloud_vm"),
            metric: ("vcpu", "vCPU", "core·h"), kopecksPerDay: 12_000),
        Series(
            project: ("p-prod", "production"), object: ObjectRef(id: "vm-web", name: "web-01", type: "cloud_vm"),
            metric: ("ram", "RAM", "GB·h"), kopecksPerDay: 8_050),
        Series(
            project: ("p-prod", "production"),
            object: ObjectRef(
                id: "disk-web", name: "web-01-boot", type: "volume", parentID: "vm-web", parentName: "web-01"),
            metric: ("disk", "Fast disk", "GB·h"), kopecksPerDay: 3_333),
        Series(
            project: ("p-prod", "production"),
            object: ObjectRef(
                id: "ip-web", name: "185.1.2.3", type: "public_ip", parentID: "vm-web", parentName: "web-01"),
            metric: ("ip", "Public IP", "ip·h"), kopecksPerDay: 1_200),
        Series(
            project: ("p-prod", "production"), object: ObjectRef(id: "k8s", name: "prod-cluster", type: "mks_cluster"),
            metric: ("nodes", "Nodes", "node·h"), kopecksPerDay: 20_000),
        Series(
            project: ("p-stage", "staging"), object: ObjectRef(id: "vm-stage", name: "stage-01", type: "cloud_vm"),
            metric: ("vcpu", "vCPU", "core·h"), kopecksPerDay: 4_000),
        Series(
            project: ("p-acc", "Бухгалтерия"), object: ObjectRef(id: "vm-1c", name: "Сервер-1С", type: "cloud_vm"),
            metric: ("vcpu", "vCPU", "core·h"), kopecksPerDay: 6_500),
    ]

    /// Daily records for the 30 MSK days up to and including 2026-11-20.
    static var records: [CostRecord] {
        var result: [CostRecord] = []
        for dayOffset in 0..<30 {
            let start = CivilDateTime(year: 2026, month: 10, day: 22).date(utcOffsetSeconds: 10_800).addingTimeInterval(
                Double(dayOffset) * 86_400)
            for item in series {
                var kopecks = item.kopecksPerDay + Int64(dayOffset % 3)
                if item.object.id == "k8s" && (dayOffset == 26 || dayOffset == 27) { kopecks *= 7 }
                result.append(
                    CostRecord(
                        provider: .selectel, account: "selectel-demo",
                        project: EntityRef(id: item.project.0, name: item.project.1),
                        object: item.object, metric: EntityRef(id: item.metric.0, name: item.metric.1), region: "ru-9",
                        service: "vpc", period: DateRange(start: start, end: start.addingTimeInterval(86_400)),
                        amount: Money(minorUnits: kopecks, .rub), quantity: Amount(24), unit: item.metric.2))
            }
        }
        return result
    }

    /// A state with the fixture loaded.
    static func loadedState(size: TerminalSize = TerminalSize(width: 120, height: 40), ascii: Bool = false)
        -> ExplorerState
    {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: size, now: now, zone: moscow, accounts: [AccountEntry(name: "selectel-demo", provider: .selectel)],
            ascii: ascii)
        state.screen.headerNote = "demo"
        let effects = state.beginFetch()
        guard case .fetch(_, let id) = effects.last else { fatalError("no fetch") }
        _ = reduce(
            &state, .recordsLoaded(requestID: id, account: "selectel-demo", records: SpendStore(records), at: now))
        return state
    }
}

extension ExplorerState {
    /// Sends keys one by one, then lets the cursor rest (``Action/settle``, as the terminal
    /// does after a pause), returning all effects.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        let effects = keys.flatMap { reduce(&self, .key($0)) }
        return effects + reduce(&self, .settle)
    }
}
