import CostCore
import Foundation

/// The ground truth of the simulated Seeweb ECS account: a pure function of (seed, now).
///
/// The billing endpoints answer from it, and tests and the CLI read it directly to check
/// totals independently of HTTP. Months are Italian calendar months (``SeewebMonth``); the
/// month containing "now" is partial (hours up to "now"), later months are refused by the API,
/// and months before the account's first server or template (``firstMonth``) are empty.
/// Money is EUR, exact to the cent.
public struct SeewebDataset: Sendable {
    /// The seed everything was generated from.
    public let seed: UInt64
    /// The simulated "now".
    public let now: Date
    /// The API token the simulator accepts in `X-APITOKEN`.
    public let token: String
    /// The account's server groups (`eg…`), in a stable order.
    public let groups: [String]
    /// Every server that ever existed, ordered by creation (ids ascending).
    public let servers: [SeewebServer]
    /// Every template that ever existed, ordered by creation.
    public let templates: [SeewebTemplate]
    /// The planted spike.
    public let spike: SeewebSpike
    /// The month of the account's first server or template.
    public let firstMonth: SeewebMonth
    /// The month containing "now": the last one the API answers.
    public let currentMonth: SeewebMonth

    /// "Now" in Unix microseconds.
    let nowMicros: Int64

    /// Generates the account for `seed` as seen at `now`.
    public init(seed: UInt64, now: Date) {
        var builder = SeewebDatasetBuilder(seed: seed, now: now)
        let output = builder.build()
        self.seed = seed
        self.now = now
        self.token = SimulatorCredentials.seewebToken
        self.groups = output.groups
        self.servers = output.servers
        self.templates = output.templates
        self.spike = output.spike
        self.nowMicros = builder.nowMicros
        self.currentMonth = SeewebMonth(containing: now)
        let earliest = (output.servers.map(\.createdMicros) + output.templates.map(\.createdMicros)).min()
        self.firstMonth = SeewebMonth(containing: SeewebTimestamp.date(earliest ?? builder.nowMicros))
    }

    /// Every month the API has data for, oldest first: ``firstMonth`` through ``currentMonth``.
    public var months: [SeewebMonth] {
        var months: [SeewebMonth] = []
        var month = firstMonth
        while month <= currentMonth {
            months.append(month)
            month = month.next
        }
        return months
    }

    /// Whether the API refuses `month` as lying in the future.
    public func isFuture(_ month: SeewebMonth) -> Bool { month > currentMonth }

    /// The server rows of `month`, in the order the API serves them; empty for future months.
    public func serverBills(_ month: SeewebMonth) -> [SeewebServerBill] {
        guard !isFuture(month) else { return [] }
        return servers.compactMap { SeewebServerBill(server: $0, month: month, nowMicros: nowMicros) }
    }

    /// The template rows of `month`, in the order the API serves them; empty for future months.
    public func templateBills(_ month: SeewebMonth) -> [SeewebTemplateBill] {
        guard !isFuture(month) else { return [] }
        return templates.compactMap { SeewebTemplateBill(template: $0, month: month, nowMicros: nowMicros) }
    }

    /// The server rows of a month given by number; empty for an invalid or future month.
    public func serverBills(year: Int, month: Int) -> [SeewebServerBill] {
        SeewebMonth(year: year, month: month).map(serverBills) ?? []
    }

    /// The template rows of a month given by number; empty for an invalid or future month.
    public func templateBills(year: Int, month: Int) -> [SeewebTemplateBill] {
        SeewebMonth(year: year, month: month).map(templateBills) ?? []
    }

    /// The exact sum of `cost` over the server rows of a month, in EUR.
    public func serverCost(year: Int, month: Int) -> Amount {
        serverBills(year: year, month: month).reduce(Amount.zero) { $0 + $1.cost }
    }

    /// The exact sum of `cost` over the template rows of a month, in EUR.
    public func templateCost(year: Int, month: Int) -> Amount {
        templateBills(year: year, month: month).reduce(Amount.zero) { $0 + $1.cost }
    }

    /// The month's whole Seeweb bill, servers plus templates, in EUR.
    public func totalCost(year: Int, month: Int) -> Amount {
        serverCost(year: year, month: month) + templateCost(year: year, month: month)
    }

    /// The exact server cost of one group in a month (nil: servers outside any group), in EUR.
    public func groupCost(_ group: String?, year: Int, month: Int) -> Amount {
        serverBills(year: year, month: month).filter { $0.server.group == group }.reduce(Amount.zero) { $0 + $1.cost }
    }
}
