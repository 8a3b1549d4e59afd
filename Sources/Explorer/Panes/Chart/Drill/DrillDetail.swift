import CostCore

/// What the finest level of a provider's drill path shows besides bars.
public enum DrillDetail: Hashable, Sendable {
    /// Quantity and unit (and, for Cloud.ru, the tariff) per row, keyed by ``GroupRow/id``.
    case quantities([String: LeafRowDetail], showsTariff: Bool)
    /// One Seeweb server's months split into online, offline and reserved parts.
    case seewebServer([SeewebMonthSplit])
    /// The metered part (`usage_cost`) of one OnApp VM's spend in view, per currency, shown
    /// beside the total.
    case onAppUsage(MoneyTotals)
}
