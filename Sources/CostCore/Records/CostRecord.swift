/// One normalised line of spend: an amount for a thing over a UTC period.
///
/// Every provider maps its rows into records; everything above the provider
/// layer (aggregation, views, exports) sees only these.
public struct CostRecord: Hashable, Sendable {
    /// Which API the record came from.
    public var provider: ProviderKind
    /// The configured account name.
    public var account: String
    /// The project (Selectel project, Cloud.ru project, Seeweb group).
    public var project: EntityRef?
    /// The billed object, with its parent when nested.
    public var object: ObjectRef?
    /// The metric or SKU billed.
    public var metric: EntityRef?
    /// The region or location.
    public var region: String?
    /// The provider's service (Selectel provider key, Cloud.ru service name).
    public var service: String?
    /// The period the amount covers, in UTC.
    public var period: DateRange
    /// The exact amount spent.
    public var amount: Money
    /// The quantity consumed, when given.
    public var quantity: Amount?
    /// The unit of ``quantity``.
    public var unit: String?
    /// Provider-specific fields kept for drill-downs and exports.
    public var native: [String: String]

    public init(
        provider: ProviderKind, account: String, project: EntityRef? = nil, object: ObjectRef? = nil,
        metric: EntityRef? = nil, region: String? = nil, service: String? = nil, period: DateRange,
        amount: Money, quantity: Amount? = nil, unit: String? = nil, native: [String: String] = [:]
    ) {
        self.provider = provider
        self.account = account
        self.project = project
        self.object = object
        self.metric = metric
        self.region = region
        self.service = service
        self.period = period
        self.amount = amount
        self.quantity = quantity
        self.unit = unit
        self.native = native
    }
}

extension CostRecord {
    /// The ``native`` key under which an OnApp record keeps its hourly row's `usage_cost` (the
    /// metered part of the row's `total_cost`, in the record's currency). Only the first record
    /// of a row carries it, so adding it up over records counts every row once.
    public static let onAppUsageCostKey = "usage_cost"
}
