import CostCore

/// One line of the simulated Cloud.ru product catalogue: what is billed, in which unit and at
/// which tariff.
public struct CloudRuSKU: Sendable, Hashable {
    /// The catalogue id served as `sku`, e.g. `evolution.compute.vcpu`.
    public let id: String
    /// The cloud service served as `servname`, e.g. `Виртуальные машины`.
    public let service: String
    /// The platform served as `platform`, e.g. `Evolution` or `VMware`.
    public let platform: String
    /// The unit of `usefact` and of the tariff, e.g. `vCPU*ч` or `ГБ`.
    public let unit: String
    /// The tariff without VAT in roubles per unit, served as `cost` (a rate, not money spent).
    public var rate: Amount { Amount(minorUnits: rateMicros, decimals: 6) }

    /// The tariff in micro-roubles per unit.
    let rateMicros: Int64
}
