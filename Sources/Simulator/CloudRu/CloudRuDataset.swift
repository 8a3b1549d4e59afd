import Foundation

/// The ground truth of the simulated Cloud.ru organisation: a pure function of (seed, now).
///
/// The consumption endpoints answer from it, and tests and the CLI can read it directly to
/// check totals independently of HTTP. Rows are computed on demand; nothing is materialised.
///
/// Days are UTC days. A day's rows appear between 01:00 and 05:00 UTC the next day, so the day
/// containing "now" never has rows. The API serves three calendar months, counting the
/// current one (``historyStart``); rows of the current and the previous month may be restated
/// after the fact (see ``CloudRuRow/updatedAt`` and ``CloudRuRow/isDeleted``).
public struct CloudRuDataset: Sendable {
    /// The seed everything was generated from.
    public let seed: UInt64
    /// The simulated "now".
    public let now: Date
    /// The agreement (contract) id accepted as `agreement_id`; it covers every project.
    public let agreementID: String
    /// The agreement's billing id, served as `dog_id` in every row.
    public let contractID: String
    /// All projects, in a stable order.
    public let projects: [CloudRuProject]
    /// All resources (including deleted ones), in row order.
    public let resources: [CloudRuResource]
    /// The planted spike, for tests: which resource and SKU, which UTC days.
    public let spike: CloudRuSpike
    /// UTC midnight of the oldest day the API serves; older `start_date`s fail with
    /// `failed to get consumption`.
    public let historyStart: Date
    /// UTC midnight of the day containing "now": no row has this `usedate` or a later one.
    public let billedUntil: Date

    /// Every billed SKU of every resource, in row order.
    let series: [CloudRuSeries]
    /// "Now" in milliseconds since 1970 (UTC).
    let nowMillis: Int64
    /// ``historyStart`` in days since 1970.
    let historyStartDay: Int64
    /// ``billedUntil`` in days since 1970.
    let today: Int64

    private let projectIndex: [String: Int]
    private let resourceIndex: [String: Int]

    /// Generates the organisation for `seed` as seen at `now`.
    public init(seed: UInt64, now: Date) {
        var builder = CloudRuDatasetBuilder(seed: seed, now: now)
        let output = builder.build()
        self.seed = seed
        self.now = now
        self.agreementID = output.agreementID
        self.contractID = output.contractID
        self.projects = output.projects
        self.resources = output.resources
        self.series = output.series
        guard let spike = output.spike else { preconditionFailure("The catalog must contain a spike target") }
        self.spike = spike
        self.nowMillis = builder.nowMillis
        self.historyStartDay = builder.historyStartDay
        self.today = builder.today
        self.historyStart = Date(timeIntervalSince1970: TimeInterval(builder.historyStartDay * 86_400))
        self.billedUntil = Date(timeIntervalSince1970: TimeInterval(builder.today * 86_400))
        self.projectIndex = Dictionary(uniqueKeysWithValues: output.projects.enumerated().map { ($1.id, $0) })
        self.resourceIndex = Dictionary(uniqueKeysWithValues: output.resources.enumerated().map { ($1.id, $0) })
    }

    /// The project with this id.
    public func project(id: String) -> CloudRuProject? {
        projectIndex[id].map { projects[$0] }
    }

    /// The resource with this id.
    public func resource(id: String) -> CloudRuResource? {
        resourceIndex[id].map { resources[$0] }
    }

    /// The distinct service names (`servname`) billed, in row order.
    public var services: [String] {
        var seen: Set<String> = []
        return series.map(\.sku.service).filter { seen.insert($0).inserted }
    }

    /// The distinct SKUs billed, in row order.
    public var skus: [CloudRuSKU] {
        var seen: Set<String> = []
        return series.map(\.sku).filter { seen.insert($0.id).inserted }
    }

    /// The VAT rate (percent) applied to consumption on the UTC day containing `date`:
    /// 20 before 2026-01-01, 22 from then on.
    public func vatPercent(on date: Date) -> Int {
        Int(CloudRuVAT.percent(day: Int64((date.timeIntervalSince1970 / 86_400).rounded(.down))))
    }

    /// Index of the project with this id.
    func projectPosition(id: String) -> Int? {
        projectIndex[id]
    }

    /// Indices of the series of the given projects (indices; `nil`: all) and services
    /// (`nil`: all), in row order.
    func selectedSeries(projects: Set<Int>?, services: Set<String>?) -> [Int] {
        series.filter { item in
            (projects?.contains(item.projectIndex) ?? true) && (services?.contains(item.sku.service) ?? true)
        }.map(\.index)
    }
}
