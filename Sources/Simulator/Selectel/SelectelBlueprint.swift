/// The hand-written shape of the simulated account, before the seed fills in ids, exact
/// creation hours and noise. See ``SelectelCatalog``.
enum SelectelBlueprint {
    /// A project and its objects (parents listed before their children).
    struct Project: Sendable {
        let name: String
        let objects: [Object]
    }

    /// One object: its name, kind, region, parent (by `key`), lifetime and billed metrics.
    struct Object: Sendable {
        /// A handle unique in the catalog, used to refer to the parent.
        let key: String
        let name: Name
        let kind: SelectelObjectKind
        let region: String
        var parentKey: String? = nil
        var lifetime: Lifetime = .wholeHistory
        /// Whether this object carries the planted spike.
        var isSpikeTarget = false
        let usages: [Usage]
    }

    /// How an object's name is chosen.
    enum Name: Sendable {
        case fixed(String)
        /// The object has no name (`"name": null`).
        case unnamed
        /// A public IP named after its (seeded, fictional) address.
        case ipAddress
    }

    /// When an object exists, relative to the simulated "now".
    enum Lifetime: Sendable {
        /// Created in the first two days of the simulated history and never deleted.
        case wholeHistory
        /// Created about this many days before "now".
        case created(daysAgo: Int)
        /// Created and later deleted, both about this many days before "now".
        case deleted(createdDaysAgo: Int, deletedDaysAgo: Int)
        /// Exactly the parent's lifetime.
        case sameAsParent
    }

    /// One billed metric with its base hourly quantity (in the metric's unit) and shape.
    struct Usage: Sendable {
        let metric: SelectelMetricKind
        let quantity: Double
        let shape: SelectelUsageShape

        init(_ metric: SelectelMetricKind, _ quantity: Double, _ shape: SelectelUsageShape = .flat) {
            self.metric = metric
            self.quantity = quantity
            self.shape = shape
        }
    }
}
