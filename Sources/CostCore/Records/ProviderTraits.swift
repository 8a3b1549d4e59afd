/// What the explorer and the cache know of a provider beyond its records: its words, its natural
/// drill path, what its finest level shows and how its periods settle. Each provider declares its
/// traits in its profile (`Providers/<Name>/`); code below the providers receives them as a
/// ``ProviderCatalog`` instead of switching over ``ProviderKind``.
public struct ProviderTraits: Hashable, Sendable {
    public var kind: ProviderKind
    /// What a total from this provider leaves out, when its billing API does not cover the whole
    /// bill; nil when it does.
    public var coverageNote: String?
    /// The order in which the provider's spend is naturally explored, first to finest.
    public var drillSteps: [ProviderDrillStep]
    /// The provider's own names for dimensions outside its drill path (a Seeweb service is a
    /// `Plan`).
    public var words: [CostDimension: DimensionWords]
    /// What the finest (metric) level shows beside the bars.
    public var metricDetail: MetricDetail
    /// Whether an object's records may keep a metered part of its cost (OnApp's `usage_cost`),
    /// shown beside the total of the object with its children.
    public var keepsUsageCost: Bool
    /// Whether the provider sends hours when asked for them, so a change to hourly buckets
    /// fetches again (Selectel, F5); the others bill by the hour already, or never do.
    public var sendsHoursOnRequest: Bool
    /// How many months before the current one the provider may still restate (Cloud.ru: one).
    public var restatedMonths: Int

    public init(
        kind: ProviderKind, coverageNote: String? = nil, drillSteps: [ProviderDrillStep] = [],
        words: [CostDimension: DimensionWords] = [:], metricDetail: MetricDetail = .none, keepsUsageCost: Bool = false,
        sendsHoursOnRequest: Bool = false, restatedMonths: Int = 0
    ) {
        self.kind = kind
        self.coverageNote = coverageNote
        self.drillSteps = drillSteps
        self.words = words
        self.metricDetail = metricDetail
        self.keepsUsageCost = keepsUsageCost
        self.sendsHoursOnRequest = sendsHoursOnRequest
        self.restatedMonths = restatedMonths
    }

    /// What rows of `dimension` are called: the drill step's words, else the provider's own,
    /// else the generic ones.
    public func words(for dimension: CostDimension) -> DimensionWords {
        if let step = drillSteps.first(where: { $0.dimension == dimension }) {
            return DimensionWords(step.title, step.pluralTitle)
        }
        return words[dimension] ?? DimensionWords(dimension.title, dimension.pluralTitle)
    }

    /// Whether the provider's records name a project at all (OnApp and F5 do not).
    public var hasProjects: Bool { drillSteps.contains { $0.dimension == .project } }
}

/// What a provider calls rows of one dimension, e.g. `Server` / `Servers`.
public struct DimensionWords: Hashable, Sendable {
    public var singular: String
    public var plural: String

    public init(_ singular: String, _ plural: String) {
        self.singular = singular
        self.plural = plural
    }
}

/// What a provider's finest level shows besides bars.
public enum MetricDetail: Hashable, Sendable {
    case none
    /// Quantity and unit per row (and the tariff when `showsTariff`); with `oneObjectOnly`,
    /// only once the path has narrowed to one object.
    case quantities(showsTariff: Bool, oneObjectOnly: Bool)
    /// One object's months split into its billed parts (a Seeweb server: online, offline,
    /// reserved), once the path has narrowed to one object.
    case monthSplit
}

/// One level of a provider's natural drill path: what rows are grouped by there and what
/// the provider calls them.
public struct ProviderDrillStep: Hashable, Sendable {
    /// What rows at this step are grouped by.
    public var dimension: CostDimension
    /// The column heading, e.g. `Server`.
    public var title: String
    /// The plural, for the pane title and breadcrumbs, e.g. `Servers`.
    public var pluralTitle: String
    /// Whether Enter on a row with children keeps the row and its children together at the
    /// next step (an OnApp VM drills into the VM with its disks and network interfaces).
    public var drillsIntoChildren: Bool

    public init(_ dimension: CostDimension, _ title: String, _ pluralTitle: String, drillsIntoChildren: Bool = false) {
        self.dimension = dimension
        self.title = title
        self.pluralTitle = pluralTitle
        self.drillsIntoChildren = drillsIntoChildren
    }
}

/// The traits of every provider, handed to code that cannot see the providers' profiles. A kind
/// it does not list gets plain traits: generic words and no drill path of its own.
public struct ProviderCatalog: Equatable, Sendable {
    private var traits: [ProviderKind: ProviderTraits]

    public init(_ traits: some Sequence<ProviderTraits>) {
        self.traits = Dictionary(traits.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public subscript(kind: ProviderKind) -> ProviderTraits { traits[kind] ?? ProviderTraits(kind: kind) }
}
