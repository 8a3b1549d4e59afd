import CostCore

/// One template's month as `GET /ecs/v2/billing/templates/{year}/{month}` reports it.
public struct SeewebTemplateMonth: Hashable, Sendable {
    /// The template id, e.g. `ei100026` (`name`).
    public var name: String
    /// What the month costs (`cost`), EUR.
    public var cost: Amount
    /// The template's status, e.g. `Created` (`status`).
    public var status: String?
    /// When it was created (`creation_date`), as sent.
    public var creationDate: String?
    /// When it was deleted (`deletion_date`), as sent.
    public var deletionDate: String?
    /// The user's label (`notes`).
    public var notes: String?
    /// The billing year (`year`), when sent.
    public var year: Int?
    /// The billing month (`month`), when sent.
    public var month: Int?

    public init(
        name: String, cost: Amount, status: String? = nil, creationDate: String? = nil, deletionDate: String? = nil,
        notes: String? = nil, year: Int? = nil, month: Int? = nil
    ) {
        self.name = name
        self.cost = cost
        self.status = status
        self.creationDate = creationDate
        self.deletionDate = deletionDate
        self.notes = notes
        self.year = year
        self.month = month
    }
}
