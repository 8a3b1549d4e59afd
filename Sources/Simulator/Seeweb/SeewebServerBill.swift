import CostCore

/// One row of `GET /ecs/v2/billing/servers/{year}/{month}`: a server's month, split into
/// online, offline and reserved hours.
///
/// Prices are rounded to cents per part, half up: a part's list price is hours × the plan's
/// hourly price, and a discounted part costs its list price less the discount. So, exactly,
/// `cost = online_price + offline_price + Σ reserved_price` and
/// `original_cost = cost + offline_reduction + Σ reserved_reduction`.
public struct SeewebServerBill: Hashable, Sendable {
    /// The server.
    public let server: SeewebServer
    /// The billing month.
    public let month: SeewebMonth
    /// The server's status at "now" (`status`).
    public let status: String
    /// Hours in the month that are neither reserved nor offline (`online_hour`).
    public let onlineHours: Int
    /// Hours in the month the server was powered off (`offline_hour`).
    public let offlineHours: Int
    /// The reserved parts, in time order (`reserved_discounts`).
    public let reserved: [SeewebReservedBill]
    /// `online_price` in cents.
    let onlineCents: Int64
    /// Offline hours at list price, in cents.
    let offlineOriginalCents: Int64
    /// `offline_price` in cents.
    let offlineCents: Int64

    /// Every billed hour of the month (`billed_hours`).
    public var billedHours: Int { onlineHours + offlineHours + reserved.reduce(0) { $0 + $1.hours } }
    /// `online_price`, in EUR.
    public var onlinePrice: Amount { Amount(minorUnits: onlineCents, decimals: 2) }
    /// `offline_price`, in EUR.
    public var offlinePrice: Amount { Amount(minorUnits: offlineCents, decimals: 2) }
    /// `offline_reduction`, in EUR.
    public var offlineReduction: Amount { Amount(minorUnits: offlineReductionCents, decimals: 2) }
    /// `cost`: what the month is billed, in EUR.
    public var cost: Amount { Amount(minorUnits: costCents, decimals: 2) }
    /// `original_cost`: the month at list prices, in EUR.
    public var originalCost: Amount { Amount(minorUnits: originalCostCents, decimals: 2) }

    /// `offline_reduction` in cents.
    var offlineReductionCents: Int64 { offlineOriginalCents - offlineCents }
    /// `cost` in cents.
    var costCents: Int64 { partCents.reduce(0, +) }
    /// The parts of `cost` in cents: online, offline, then each reserved price.
    var partCents: [Int64] { [onlineCents, offlineCents] + reserved.map(\.priceCents) }
    /// `original_cost` in cents.
    var originalCostCents: Int64 {
        onlineCents + offlineOriginalCents + reserved.reduce(0) { $0 + $1.originalCents }
    }

    /// The bill of `server` for `month` as seen at `nowMicros`, or nil when no hour of the
    /// month is billed (before creation, after deletion, or in the future).
    init?(server: SeewebServer, month: SeewebMonth, nowMicros: Int64) {
        let lifeEnd = min(server.deletedMicros ?? Int64.max, nowMicros)
        let from = max(month.startMicros, server.createdMicros)
        let to = min(month.endMicros, lifeEnd)
        let billed = server.slots(from: from, to: to)
        guard billed > 0 else { return nil }
        let hourly = server.plan.hourlyTenThousandths
        var reserved: [SeewebReservedBill] = []
        for reservation in server.reservations {
            let hours = server.slots(from: max(from, reservation.startMicros), to: min(to, reservation.endMicros))
            guard hours > 0 else { continue }
            let original = Self.listCents(hours: hours, hourly: hourly)
            reserved.append(
                SeewebReservedBill(
                    reservation: reservation, hours: Int(hours), originalCents: original,
                    priceCents: Self.discounted(original, percent: reservation.plan.discountPercent)))
        }
        var offline: Int64 = 0
        for window in server.offlineWindows {
            offline += server.slots(from: max(from, window.startMicros), to: min(to, window.endMicros))
        }
        let online = billed - offline - reserved.reduce(0) { $0 + Int64($1.hours) }
        self.server = server
        self.month = month
        self.status = server.status(atMicros: nowMicros)
        self.onlineHours = Int(online)
        self.offlineHours = Int(offline)
        self.reserved = reserved
        self.onlineCents = Self.listCents(hours: online, hourly: hourly)
        self.offlineOriginalCents = Self.listCents(hours: offline, hourly: hourly)
        self.offlineCents = Self.discounted(offlineOriginalCents, percent: server.offlineDiscountPercent)
    }

    /// Hours at an hourly price in ten-thousandths of a euro, in cents rounded half up.
    static func listCents(hours: Int64, hourly: Int64) -> Int64 {
        roundedQuotient(hours * hourly, 100)
    }

    /// `cents` less `percent` %, rounded half up to the cent.
    static func discounted(_ cents: Int64, percent: Int) -> Int64 {
        roundedQuotient(cents * Int64(100 - percent), 100)
    }

    /// `numerator / denominator` rounded half up, for non-negative numerators.
    private static func roundedQuotient(_ numerator: Int64, _ denominator: Int64) -> Int64 {
        (numerator * 2 + denominator) / (denominator * 2)
    }
}
