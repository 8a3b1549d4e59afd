import CostCore
import Foundation
import Providers
import Synchronization

/// Fixed moments and records for the app's unit tests; nothing here reads the clock.
enum AppFixtures {
    static let utc = TimeZone(identifier: "UTC")!
    /// 2026-11-01T00:00:00Z.
    static let november = Date(timeIntervalSince1970: 1_793_491_200)
    static let day: TimeInterval = 86_400

    static func days(_ count: Int, from start: Date = november) -> DateRange {
        DateRange(start: start, end: start.addingTimeInterval(Double(count) * day))
    }

    /// One record a day over `range` of `account`'s `object`, `amount` each (`spike` from `from`).
    static func daily(
        account: String, object: String, over range: DateRange, amount: String,
        spike: (from: Int, amount: String)? = nil
    ) -> [CostRecord] {
        var records: [CostRecord] = []
        var start = range.start
        var index = 0
        while start < range.end {
            let text = spike.map { index >= $0.from ? $0.amount : amount } ?? amount
            records.append(
                CostRecord(
                    provider: .selectel, account: account, project: EntityRef(id: "p1", name: "Production"),
                    object: ObjectRef(id: object, name: object), metric: EntityRef(id: "cpu", name: "CPU"),
                    period: DateRange(start: start, end: start.addingTimeInterval(day)),
                    amount: Money(Amount(text)!, .rub)))
            start = start.addingTimeInterval(day)
            index += 1
        }
        return records
    }
}

/// A provider stand-in that answers from records it was given and counts what it was asked.
final class RecordedSource: SpendSource {
    let name: String
    let provider: ProviderKind = .selectel
    private let records: [CostRecord]
    private let failure: ProviderError.Kind?
    private let asked = Mutex<[DateRange]>([])

    init(name: String, records: [CostRecord], failure: ProviderError.Kind? = nil) {
        self.name = name
        self.records = records
        self.failure = failure
    }

    /// The ranges fetched so far, in order.
    var queries: [DateRange] { asked.withLock { $0 } }

    func fetch(_ query: FetchQuery, progress: FetchProgressHandler?) async throws(ProviderError) -> SpendStore {
        asked.withLock { $0.append(query.range) }
        if let failure {
            throw ProviderError(provider: provider, account: name, endpoint: "https://api.example", kind: failure)
        }
        return SpendStore(records.filter { query.range.contains($0.period.midpoint) })
    }
}

/// A source whose fetch waits until it is cancelled.
struct StalledSource: SpendSource {
    let name: String
    let provider: ProviderKind = .onapp

    func fetch(_ query: FetchQuery, progress: FetchProgressHandler?) async throws(ProviderError) -> SpendStore {
        while !Task.isCancelled { await Task.yield() }
        throw ProviderError(
            provider: provider, account: name, endpoint: "https://api.example", kind: .fetchTimeLimit(.seconds(1)))
    }
}
