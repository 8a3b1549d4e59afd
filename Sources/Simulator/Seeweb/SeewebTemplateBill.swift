import CostCore

/// One row of `GET /ecs/v2/billing/templates/{year}/{month}`.
public struct SeewebTemplateBill: Hashable, Sendable {
    /// The template.
    public let template: SeewebTemplate
    /// The billing month.
    public let month: SeewebMonth
    /// `Created`, or `Deleted` once deleted before "now" (`status`).
    public let status: String

    /// What the month costs (`cost`), in EUR.
    public var cost: Amount { template.monthlyCost }

    /// The bill of `template` for `month` as seen at `nowMicros`, or nil when the template did
    /// not exist at any time in the month before "now".
    init?(template: SeewebTemplate, month: SeewebMonth, nowMicros: Int64) {
        let lifeEnd = min(template.deletedMicros ?? Int64.max, nowMicros)
        guard template.createdMicros < month.endMicros, lifeEnd > month.startMicros,
            template.createdMicros < lifeEnd
        else { return nil }
        self.template = template
        self.month = month
        let deleted = template.deletedMicros.map { $0 <= nowMicros } ?? false
        self.status = deleted ? "Deleted" : "Created"
    }
}
