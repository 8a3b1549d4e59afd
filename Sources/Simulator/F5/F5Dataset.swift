import CostCore
import Foundation

/// The ground truth of the simulated F5 Distributed Cloud tenant: a pure function of (seed, now).
///
/// Usage is hourly and aligned to UTC hours; an hour is billed once it has ended, so the hour
/// containing "now" and later ones have no usage. Every item costs a whole number of US cents
/// per hour; all money the API serves is a sum of those cents:
///
/// - `current_usage` covers the current billing period, the UTC calendar month containing
///   "now" (``currentPeriodStart`` up to ``billedUntil``), per item;
/// - `monthly_usage` lists every closed month since the tenant was created (``closedMonths``);
/// - `usage_summary` aggregates raw usage over any window of the tenant's history.
public struct F5Dataset: Sendable {
    /// The seed everything was generated from.
    public let seed: UInt64
    /// The simulated "now".
    public let now: Date
    /// The tenant name, as in `https://<tenant>.console.ves.volterra.io`.
    public let tenant: String
    /// The API token the tenant accepts (`Authorization: APIToken <token>`).
    public var token: String { SimulatorCredentials.f5Token }
    /// The currency of every amount (`currency_code`).
    public let currency: Currency
    /// Every usage item, in answer order.
    public let items: [F5UsageItem]
    /// The planted spike.
    public let spike: F5Spike
    /// UTC midnight of the day the tenant was created; nothing is billed before it.
    public let historyStart: Date
    /// The end of the last billed hour: the start of the hour containing "now".
    public let billedUntil: Date
    /// UTC midnight of the first day of the month containing "now": where the current
    /// billing period starts and the closed months end.
    public let currentPeriodStart: Date
    /// Every closed month, oldest first; the first one starts before ``historyStart`` when the
    /// tenant was created mid-month (it is billed from creation on).
    public private(set) var closedMonths: [F5Month]

    /// ``historyStart`` in hours since 1970.
    let createdHour: Int64
    /// ``billedUntil`` in hours since 1970.
    let billedUntilHour: Int64
    /// ``currentPeriodStart`` in hours since 1970.
    let currentPeriodStartHour: Int64

    /// Generates the tenant for `seed` as seen at `now`.
    public init(seed: UInt64, now: Date) {
        var random = SplitMix64(seed: seed ^ 0x4635_5445_4E41_4E54)
        let nowSeconds = Int64((now.timeIntervalSince1970).rounded(.down))
        let today = CivilCalendar.floorDivide(nowSeconds, 86_400)
        let createdDay = today - Int64(random.int(in: 380...440))
        let stem = F5Catalog.tenantStems[random.int(in: 0...(F5Catalog.tenantStems.count - 1))]
        let suffixAlphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        let suffix = String((0..<4).map { _ in suffixAlphabet[random.int(in: 0...(suffixAlphabet.count - 1))] })
        let spikeDay = today - Int64(random.int(in: 4...8))
        let multiplier = Int64(random.int(in: 5...7))

        self.seed = seed
        self.now = now
        self.tenant = "\(stem)-\(suffix)"
        self.currency = .usd
        self.items = F5Catalog.items(seed: seed)
        self.spike = F5Spike(
            itemName: F5Catalog.spikeItemName, service: F5Catalog.waap,
            hours: (spikeDay * 24)..<((spikeDay + 2) * 24), multiplier: multiplier)
        self.createdHour = createdDay * 24
        self.billedUntilHour = CivilCalendar.floorDivide(nowSeconds, 3600)
        let (year, month, _) = CivilCalendar.date(dayNumber: today)
        self.currentPeriodStartHour = CivilCalendar.dayNumber(year: year, month: month, day: 1) * 24
        self.historyStart = Date(timeIntervalSince1970: TimeInterval(createdHour * 3600))
        self.billedUntil = Date(timeIntervalSince1970: TimeInterval(billedUntilHour * 3600))
        self.currentPeriodStart = Date(timeIntervalSince1970: TimeInterval(currentPeriodStartHour * 3600))
        self.closedMonths = []
        self.closedMonths = monthsBeforeCurrentPeriod()
    }

    /// The item with this name.
    public func item(named name: String) -> F5UsageItem? {
        items.first { $0.name == name }
    }

    /// The distinct services, in item order.
    public var services: [String] {
        var seen: Set<String> = []
        return items.map(\.service).filter { seen.insert($0).inserted }
    }

    /// The raw usage of `item` in the hour containing `hourStart` (0 outside the billed history).
    public func usage(of item: F5UsageItem, hourOf hourStart: Date) -> Int64 {
        usage(of: item, hour: Self.hourIndex(of: hourStart))
    }

    /// The cents billed for `item` in the hour containing `hourStart`.
    public func cents(of item: F5UsageItem, hourOf hourStart: Date) -> Int64 {
        item.cents(forUsage: usage(of: item, hour: Self.hourIndex(of: hourStart)))
    }

    /// Cents billed for hours starting in `from ..< to` (a bound inside an hour excludes that
    /// hour's start, so `from` is rounded up and `to` too), optionally for one item or service.
    public func totalCents(from: Date, to: Date, itemName: String? = nil, service: String? = nil) -> Int64 {
        var total: Int64 = 0
        for item in items where (itemName ?? item.name) == item.name && (service ?? item.service) == item.service {
            for hour in Self.hours(from: from, to: to) {
                total += item.cents(forUsage: usage(of: item, hour: hour))
            }
        }
        return total
    }

    /// ``totalCents(from:to:itemName:service:)`` as US dollars, exact.
    public func totalCost(from: Date, to: Date, itemName: String? = nil, service: String? = nil) -> Amount {
        Amount(minorUnits: totalCents(from: from, to: to, itemName: itemName, service: service), decimals: 2)
    }

    /// Raw usage of the item named `itemName` over hours starting in `from ..< to` (rounded up).
    public func totalUsage(from: Date, to: Date, itemName: String) -> Int64 {
        guard let item = item(named: itemName) else { return 0 }
        return Self.hours(from: from, to: to).reduce(0) { $0 + usage(of: item, hour: $1) }
    }

    /// The raw usage of `item` in hour `hour` (hours since 1970, UTC).
    func usage(of item: F5UsageItem, hour: Int64) -> Int64 {
        guard hour >= createdHour, hour < billedUntilHour else { return 0 }
        let base = item.shape.usage(hour: hour, createdHour: createdHour, salt: item.salt)
        return item.name == spike.itemName && spike.hours.contains(hour) ? base * spike.multiplier : base
    }

    /// Cents of every item in hours `hours`.
    func cents(hours: Range<Int64>) -> Int64 {
        var total: Int64 = 0
        for item in items {
            for hour in hours { total += item.cents(forUsage: usage(of: item, hour: hour)) }
        }
        return total
    }

    /// The hour index (hours since 1970, UTC) of the hour containing `date`.
    static func hourIndex(of date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / 3600).rounded(.down))
    }

    /// Hours whose start lies in `from ..< to`.
    static func hours(from: Date, to: Date) -> Range<Int64> {
        let first = Int64((from.timeIntervalSince1970 / 3600).rounded(.up))
        let end = Int64((to.timeIntervalSince1970 / 3600).rounded(.up))
        return first..<max(first, end)
    }

    /// Every calendar month from the tenant's creation to the current period, with its cents.
    private func monthsBeforeCurrentPeriod() -> [F5Month] {
        var months: [F5Month] = []
        var (year, month, _) = CivilCalendar.date(dayNumber: CivilCalendar.floorDivide(createdHour, 24))
        while true {
            let startHour = CivilCalendar.dayNumber(year: year, month: month, day: 1) * 24
            guard startHour < currentPeriodStartHour else { break }
            month += 1
            if month > 12 {
                month = 1
                year += 1
            }
            let endHour = CivilCalendar.dayNumber(year: year, month: month, day: 1) * 24
            months.append(
                F5Month(
                    start: Date(timeIntervalSince1970: TimeInterval(startHour * 3600)),
                    end: Date(timeIntervalSince1970: TimeInterval(endHour * 3600)),
                    cents: cents(hours: max(startHour, createdHour)..<endHour)))
        }
        return months
    }
}
