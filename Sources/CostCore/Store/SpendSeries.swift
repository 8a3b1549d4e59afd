/// What every record of one series shares: who billed what, where, in which currency.
///
/// Each dimension is a code into the store's dictionary of that dimension (-1 when the
/// record lacks it), so a series is a handful of integers and two series are compared and
/// hashed without touching a string.
public struct SpendSeries: Hashable, Sendable {
    public var provider: ProviderKind
    public var account: Int32
    public var project: Int32
    public var object: Int32
    public var metric: Int32
    public var region: Int32
    public var service: Int32
    public var unit: Int32
    public var currency: Int32
    /// The provider's own fields shared by the series' records (a tariff, a resource's
    /// metadata), or -1.
    public var native: Int32
    /// The name under which each record's ``SpendStore/secondAmounts`` value is a native field
    /// (Cloud.ru's amount on the other side of VAT), or -1.
    public var secondAmountName: Int32
    /// The name under which each record's ``SpendStore/rowKeys`` value is a native field (the
    /// key a provider gives each line, such as Cloud.ru's `encode_id`), or -1.
    public var rowKeyName: Int32 = -1

    static let absent: Int32 = -1

    /// A series of `provider` from its dimensions' codes (-1 for a dimension it lacks).
    public init(
        provider: ProviderKind, account: Int32, project: Int32, object: Int32, metric: Int32, region: Int32,
        service: Int32, unit: Int32, currency: Int32, native: Int32, secondAmountName: Int32, rowKeyName: Int32
    ) {
        self.provider = provider
        self.account = account
        self.project = project
        self.object = object
        self.metric = metric
        self.region = region
        self.service = service
        self.unit = unit
        self.currency = currency
        self.native = native
        self.secondAmountName = secondAmountName
        self.rowKeyName = rowKeyName
    }
}

/// The values another table's series codes refer to, one list per dimension (a cached piece's
/// own dictionaries): see ``SpendStore/seriesCodes(of:namedBy:)``.
public struct SeriesNames: Sendable {
    public var accounts: [String]
    public var projects: [EntityRef]
    public var objects: [ObjectRef]
    public var metrics: [EntityRef]
    /// Regions, services, units and native field names, as in ``SpendDictionaries/names``.
    public var names: [String]
    public var currencies: [Currency]
    public var natives: [[String: String]]

    public init(
        accounts: [String], projects: [EntityRef], objects: [ObjectRef], metrics: [EntityRef], names: [String],
        currencies: [Currency], natives: [[String: String]]
    ) {
        self.accounts = accounts
        self.projects = projects
        self.objects = objects
        self.metrics = metrics
        self.names = names
        self.currencies = currencies
        self.natives = natives
    }

    /// Whether every code of `key` indexes its list (or is -1 where a dimension may be absent).
    public func canName(_ key: SpendSeries) -> Bool {
        func fits(_ code: Int32, _ count: Int, optional: Bool = true) -> Bool {
            code < count && (code >= 0 || (optional && code == SpendSeries.absent))
        }
        return fits(key.account, accounts.count, optional: false) && fits(key.project, projects.count)
            && fits(key.object, objects.count) && fits(key.metric, metrics.count) && fits(key.region, names.count)
            && fits(key.service, names.count) && fits(key.unit, names.count)
            && fits(key.currency, currencies.count, optional: false) && fits(key.native, natives.count)
            && fits(key.secondAmountName, names.count) && fits(key.rowKeyName, names.count)
    }
}

/// The dictionaries a store's series refer to, one per dimension.
public struct SpendDictionaries: Sendable, Equatable {
    public internal(set) var accounts = ValueDictionary<String>()
    public internal(set) var projects = ValueDictionary<EntityRef>()
    public internal(set) var objects = ValueDictionary<ObjectRef>()
    public internal(set) var metrics = ValueDictionary<EntityRef>()
    /// Regions, services, units and native field names share one dictionary of plain names.
    public internal(set) var names = ValueDictionary<String>()
    public internal(set) var currencies = ValueDictionary<Currency>()
    public internal(set) var natives = ValueDictionary<[String: String]>()

    public init() {}
}
