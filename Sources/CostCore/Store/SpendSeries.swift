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
