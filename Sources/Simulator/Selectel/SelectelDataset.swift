import Foundation

/// The ground truth of the simulated Selectel account: a pure function of (seed, now).
///
/// The HTTP endpoints answer from it, and tests and the CLI can read it directly to check
/// totals independently. Hourly values are computed on demand; nothing is materialised.
public struct SelectelDataset: Sendable {
    /// The seed everything was generated from.
    public let seed: UInt64
    /// The simulated "now"; the hour containing it is not billed yet.
    public let now: Date
    /// The account number (`account_id` in rows), e.g. `"123456"`.
    public let accountID: String
    /// All projects, in a stable order.
    public let projects: [SelectelProject]
    /// All objects (including deleted ones), parents before children.
    public let objects: [SelectelObject]
    /// Every billed metric of every object.
    public let series: [SelectelSeries]
    /// The planted spike, for tests: which object/series and which UTC hours.
    public let spike: SelectelSpike
    /// The main balance served by `/v3/balances`, in kopecks.
    public let mainBalanceKopecks: Int64
    /// The bonus balance served by `/v3/balances`, in kopecks.
    public let bonusBalanceKopecks: Int64
    /// The earliest instant any object can exist (Moscow midnight 430 days before "now"), UTC.
    public let historyStart: Date
    /// The end of the last billed hour: the start of the hour containing "now", UTC.
    public let billedUntil: Date

    private let objectIndex: [String: Int]
    private let projectIndex: [String: Int]

    /// Provider keys outside the documented list: three seen in real answers and one nobody
    /// knows yet. With ``SimulatorVariation/selectelExtraKeys`` some objects bill under them.
    public static let extraProviderKeys = ["inference", "private_storage", "netdisk", "quantum_lab"]

    /// Generates the account for `seed` as seen at `now`. With `extraKeys`, a few top-level
    /// objects (and what belongs to them) bill under ``extraProviderKeys`` instead of their
    /// own service: the same money, under other service names.
    public init(seed: UInt64, now: Date, extraKeys: Bool = false) {
        var builder = SelectelDatasetBuilder(seed: seed, now: now)
        let output = builder.build()
        self.seed = seed
        self.now = now
        self.accountID = output.accountID
        self.projects = output.projects
        let relabel = extraKeys ? Self.extraKeyAssignment(output.objects) : [:]
        self.objects = output.objects.map { object in
            var object = object
            if let key = relabel[object.id] { object.providerKey = key }
            return object
        }
        self.series = output.series.map { item in
            var item = item
            if let key = relabel[item.objectID] { item.providerKey = key }
            return item
        }
        guard let spike = output.spike else { preconditionFailure("The catalog must contain a spike target") }
        self.spike = spike
        self.mainBalanceKopecks = output.mainBalanceKopecks
        self.bonusBalanceKopecks = output.bonusBalanceKopecks
        self.historyStart = Date(timeIntervalSince1970: TimeInterval(builder.historyStartHour * 3600))
        self.billedUntil = Date(timeIntervalSince1970: TimeInterval(builder.billedUntilHour * 3600))
        self.objectIndex = Dictionary(uniqueKeysWithValues: output.objects.enumerated().map { ($1.id, $0) })
        self.projectIndex = Dictionary(uniqueKeysWithValues: output.projects.enumerated().map { ($1.id, $0) })
    }

    /// Which objects bill under an extra key: one per extra key among the oldest top-level
    /// objects still alive (so every recent window has spend under each), with their children.
    private static func extraKeyAssignment(_ objects: [SelectelObject]) -> [String: String] {
        let alive = objects.filter { $0.parentID == nil && $0.deletedHour == nil }
            .sorted { ($0.createdHour, $0.id) < ($1.createdHour, $1.id) }
        var keys: [String: String] = [:]
        for (slot, key) in extraProviderKeys.enumerated() where 1 + slot * 2 < alive.count {
            keys[alive[1 + slot * 2].id] = key
        }
        for object in objects {
            if let parentID = object.parentID, let key = keys[parentID] { keys[object.id] = key }
        }
        return keys
    }

    /// The project with this id.
    public func project(id: String) -> SelectelProject? {
        projectIndex[id].map { projects[$0] }
    }

    /// The object with this id.
    public func object(id: String) -> SelectelObject? {
        objectIndex[id].map { objects[$0] }
    }

    /// Kopecks billed for `series` in the hour starting at `hourStart` (UTC); 0 outside the
    /// object's life and for the hour containing "now" and later. A `hourStart` that is not
    /// on the hour means the hour containing it.
    public func kopecks(_ series: SelectelSeries, hourStart: Date) -> Int64 {
        series.usage(hour: SelectelSeries.hourIndex(of: hourStart)).kopecks
    }

    /// The billed quantity of `series` in that hour, in the metric's unit.
    public func quantity(_ series: SelectelSeries, hourStart: Date) -> Double {
        Double(series.usage(hour: SelectelSeries.hourIndex(of: hourStart)).quantityThousandths) / 1000
    }

    /// Sum of kopecks over all series matching the filter for hours h with from <= h < to
    /// (UTC hour starts). Used by tests to check totals independently of the HTTP layer.
    public func totalKopecks(
        from: Date,
        to: Date,
        providerKeys: Set<String>? = nil,
        projectID: String? = nil,
        objectID: String? = nil
    ) -> Int64 {
        let firstHour = Int64((from.timeIntervalSince1970 / 3600).rounded(.up))
        let endHour = Int64((to.timeIntervalSince1970 / 3600).rounded(.up))
        var total: Int64 = 0
        for item in series {
            if let providerKeys, !providerKeys.contains(item.providerKey) { continue }
            if let projectID, item.projectID != projectID { continue }
            if let objectID, item.objectID != objectID { continue }
            let lower = max(firstHour, item.createdHour)
            let upper = min(endHour, item.endHour)
            guard lower < upper else { continue }
            for hour in lower..<upper {
                total += item.usage(hour: hour).kopecks
            }
        }
        return total
    }
}
