/// The hand-written shape of the simulated Cloud.ru organisation, before the seed fills in
/// ids, exact creation hours and noise. See ``CloudRuCatalog``.
enum CloudRuBlueprint {
    /// A project and its resources.
    struct Project: Sendable {
        let name: String
        let resources: [Resource]
    }

    /// One resource: its name, `meta`, lifetime and billed SKUs. Its service and platform are
    /// those of its first SKU.
    struct Resource: Sendable {
        let name: String
        var meta: [String: String] = [:]
        var lifetime: Lifetime = .wholeHistory
        let usages: [Usage]
    }

    /// When a resource exists, relative to the simulated "now".
    enum Lifetime: Sendable {
        /// Created before the oldest day the API still serves, never deleted.
        case wholeHistory
        /// Created about this many days before "now".
        case created(daysAgo: Int)
        /// Created and later deleted, both about this many days before "now".
        case deleted(createdDaysAgo: Int, deletedDaysAgo: Int)
    }

    /// One billed SKU with its base quantity (per hour of life in the SKU's unit, or per
    /// 10-minute quantum for bursts) and shape.
    struct Usage: Sendable {
        let sku: CloudRuSKUKind
        let quantity: Double
        let shape: CloudRuUsageShape
        /// Whether this usage carries the planted spike.
        var isSpikeTarget = false

        init(_ sku: CloudRuSKUKind, _ quantity: Double, _ shape: CloudRuUsageShape = .flat, spike: Bool = false) {
            self.sku = sku
            self.quantity = quantity
            self.shape = shape
            self.isSpikeTarget = spike
        }
    }
}
