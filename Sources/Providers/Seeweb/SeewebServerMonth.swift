import CostCore

/// One server's month as `GET /ecs/v2/billing/servers/{year}/{month}` reports it, decoded
/// (``SeewebJSONDecoder/servers(_:)``, ``SeewebCSVDecoder/servers(_:)``): the final cost and
/// its split into online, offline and reserved hours, for drill-downs into the savings.
///
/// Seeweb's figures satisfy `cost = onlinePrice + offlinePrice + Σ reserved price`; when a
/// row does not (rounding), ``roundingDifference`` is what is left over.
public struct SeewebServerMonth: Hashable, Sendable {
    /// The most reserved entries the decoders accept in one row. Every amount holds at most
    /// 20 integer digits, so with this bound ``partsTotal``, ``roundingDifference`` and
    /// ``totalReduction`` stay far inside `Amount`'s range.
    public static let maxReservedDiscounts = 10_000

    /// The server id, e.g. `ec200200` (`name`).
    public var name: String
    /// The plan, e.g. `ECS1` (`plan`).
    public var plan: String?
    /// The group (`group`), nil for a server outside any group.
    public var group: String?
    /// The user's label (`notes`).
    public var notes: String?
    /// The server's status, e.g. `Booted` (`status`).
    public var status: String?
    /// The billing year (`year`), when sent.
    public var year: Int?
    /// The billing month (`month`), when sent.
    public var month: Int?
    /// When the server was created (`creation_date`), as sent.
    public var creationDate: String?
    /// When it was deleted (`deletion_date`), as sent; nil while it exists.
    public var deletionDate: String?
    /// Every billed hour of the month (`billed_hours`), when sent.
    public var billedHours: Amount?
    /// What the month costs (`cost`), EUR.
    public var cost: Amount
    /// Hours billed at the full hourly price (`summary.online_hour`).
    public var onlineHours: Amount
    /// Their price (`summary.online_price`), EUR.
    public var onlinePrice: Amount
    /// Hours powered off (`summary.offline_hour`).
    public var offlineHours: Amount
    /// The discount on offline hours in percent (`summary.offline_discount`), when sent.
    public var offlineDiscountPercent: Amount?
    /// The offline hours' price after the discount (`summary.offline_price`), EUR.
    public var offlinePrice: Amount
    /// The offline saving (`summary.offline_reduction`), EUR, when sent.
    public var offlineReduction: Amount?
    /// The month at list prices (`summary.original_cost`), EUR, when sent.
    public var originalCost: Amount?
    /// The reserved parts (`summary.reserved_discounts`).
    public var reservedDiscounts: [SeewebReservedDiscount]

    public init(
        name: String, plan: String? = nil, group: String? = nil, notes: String? = nil, status: String? = nil,
        year: Int? = nil, month: Int? = nil, creationDate: String? = nil, deletionDate: String? = nil,
        billedHours: Amount? = nil, cost: Amount, onlineHours: Amount = .zero, onlinePrice: Amount = .zero,
        offlineHours: Amount = .zero, offlineDiscountPercent: Amount? = nil, offlinePrice: Amount = .zero,
        offlineReduction: Amount? = nil, originalCost: Amount? = nil, reservedDiscounts: [SeewebReservedDiscount] = []
    ) {
        self.name = name
        self.plan = plan
        self.group = group
        self.notes = notes
        self.status = status
        self.year = year
        self.month = month
        self.creationDate = creationDate
        self.deletionDate = deletionDate
        self.billedHours = billedHours
        self.cost = cost
        self.onlineHours = onlineHours
        self.onlinePrice = onlinePrice
        self.offlineHours = offlineHours
        self.offlineDiscountPercent = offlineDiscountPercent
        self.offlinePrice = offlinePrice
        self.offlineReduction = offlineReduction
        self.originalCost = originalCost
        self.reservedDiscounts = reservedDiscounts
    }

    /// The sum of the parts: online, offline and every reserved price.
    public var partsTotal: Amount {
        reservedDiscounts.reduce(onlinePrice + offlinePrice) { $0 + $1.price }
    }

    /// `cost` less the sum of the parts; zero when the row adds up.
    public var roundingDifference: Amount { cost - partsTotal }

    /// Everything saved against list prices: the offline and reserved reductions sent.
    public var totalReduction: Amount {
        reservedDiscounts.reduce(offlineReduction ?? .zero) { $0 + ($1.reduction ?? .zero) }
    }
}
