/// One billed usage item (SKU) of the simulated tenant, e.g. "WAAP Requests" of the
/// "Web App & API Protection" service.
///
/// Every hour the item has a raw usage in ``usageUnit`` and costs a whole number of cents:
/// `usage × priceCents / priceQuantity`, rounded half up per hour. Hourly cents are the ground
/// truth every money answer is summed from, so all sums are exact.
public struct F5UsageItem: Sendable, Hashable {
    /// The item's human-readable name, served as `name` (usage summary) and `usage_type`
    /// (current usage); unique within the tenant.
    public let name: String
    /// The service the item belongs to, served as `service`.
    public let service: String
    /// The unit of the raw usage (`usage_metric_data.unit`), e.g. `requests`, `bytes`, `hours`.
    public let usageUnit: String
    /// The unit of the billing metric (`billing_metric_data.unit`), e.g. `million requests`.
    public let billingUnit: String
    /// The price in US cents per ``priceQuantity`` units of raw usage.
    public let priceCents: Int64
    /// How many raw usage units ``priceCents`` buys.
    public let priceQuantity: Int64

    /// How raw usage becomes the billing value.
    let division: F5BillingDivision
    /// How hourly usage moves.
    let shape: F5UsageShape
    /// Per-item noise salt derived from the seed.
    let salt: UInt64

    init(
        name: String, service: String, usageUnit: String, billingUnit: String, priceCents: Int64,
        priceQuantity: Int64, division: F5BillingDivision, shape: F5UsageShape, salt: UInt64
    ) {
        self.name = name
        self.service = service
        self.usageUnit = usageUnit
        self.billingUnit = billingUnit
        self.priceCents = priceCents
        self.priceQuantity = priceQuantity
        self.division = division
        self.shape = shape
        self.salt = salt
    }

    /// The cents billed for `usage` raw units in one hour, rounded half up.
    func cents(forUsage usage: Int64) -> Int64 {
        let quantity = Int128(max(1, priceQuantity))
        let product = Int128(usage) * Int128(priceCents) + quantity / 2
        return Int64(clamping: product / quantity)
    }
}
