import CostCore
import Foundation

/// The one planted anomaly: a GPU server created in one group for a few days of model
/// training, within the last two weeks before "now", then deleted. Its plan costs about a
/// hundred times the group's usual servers an hour, so the group's bill for that month is
/// several times its usual one. The whole run falls inside one billing month.
public struct SeewebSpike: Hashable, Sendable {
    /// The group whose spend spikes.
    public let group: String
    /// The GPU server's id.
    public let serverName: String
    /// The GPU server's plan.
    public let plan: SeewebPlan
    /// When the GPU server was created.
    public let start: Date
    /// When it was deleted.
    public let end: Date
    /// The billing month the whole run falls in.
    public let month: SeewebMonth
}
