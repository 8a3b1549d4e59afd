/// How one simulated server or template is shaped, before the seed picks its dates and ids.
enum SeewebBlueprint {
    /// How a server's hours are reserved.
    enum Reservations {
        /// No reservation; with `offline`, the server is powered off now and then.
        case none(offline: Bool)
        /// Reserved from creation and renewed back to back for as long as it lives.
        case renewed(SeewebReservedPlan)
        /// `count` reservations back to back from creation, the last ending 5 to 25 days after
        /// "now" and not renewed (the creation date is chosen to make it so).
        case expiringSoon(SeewebReservedPlan, count: Int)
        /// One reservation from creation, not renewed; hours after it are online again.
        case once(SeewebReservedPlan)
    }

    /// A server.
    struct Server {
        /// Index into the account's groups, or nil for a server outside any group.
        let group: Int?
        let plan: SeewebPlan
        /// The user's label; nil gives an automatic one like the seed's `centos-ecs1-it-fr2-<ms>`.
        let notes: String?
        /// How many days before "now" it was created (ignored by `.expiringSoon`).
        let createdDaysAgo: ClosedRange<Int>
        /// How many days before "now" it was deleted, when it was.
        let deletedDaysAgo: ClosedRange<Int>?
        let reservations: Reservations
    }

    /// A template.
    struct Template {
        let notes: String
        /// The monthly fee in cents.
        let monthlyCents: Int64
        let createdDaysAgo: ClosedRange<Int>
        let deletedDaysAgo: ClosedRange<Int>?
    }
}
