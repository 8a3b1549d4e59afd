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

    /// Generates the account for `seed` as seen at `now`.
    public init(seed: UInt64, now: Date) {
        var builder = SelectelDatasetBuilder(seed: seed, now: now)
        let output = builder.build()
        self.seed = seed
        self.now = now
        self.accountID = output.accountID
        self.projects = output.projects
        self.objects = output.objects
        self.series = output.series
        guard let spike = output.spike else { preconditionFailure("The catalog must contain a spike target") }
        self.spike = spike
        self.mainBalanceKopecks = output.mainBalanceKopecks
        self.bonusBalanceKopecks = output.bonusBalanceKopecks
        self.historyStart = Date(timeIntervalSince1970: TimeInterval(builder.historyStartHour * 3600))
        self.billedUntil = Date(timeIntervalSince1970: TimeInterval(builder.billedUntilHour * 3600))
        self.objectIndex = Dictionary(uniqueKeysWithValues: output.objects.enumerated().map { ($1.id, $0) })
        self.projectIndex = Dictionary(uniqueKeysWithValues: output.projects.enumerated().map { ($1.id, $0) })
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
