import CostCore
import Foundation

/// One decoded row of `GET /users/{id}/vm_stats`: one hour of one server's costs, or of the
/// user's own charges when ``virtualMachineID`` is nil.
///
/// Only what the client uses is kept; `created_at`, `updated_at`, `vm_billing_stat_id` and
/// unknown fields are skipped.
public struct OnAppHourlyStat: Sendable, Hashable {
    /// The root key the row was wrapped in (`vm_hourly_stat`, `vm_stats`, `vm_stat`, …).
    public var rootKey: String
    /// `stat_time`: the start of the billed hour.
    public var statTime: Date
    /// `currency_code`, as sent (one user's rows may change currency with their bucket).
    public var currencyCode: String
    /// `total_cost`.
    public var totalCost: Amount
    /// `usage_cost`, when sent.
    public var usageCost: Amount?
    /// `vm_resources_cost`, sent only by panels older than 5.6.
    public var vmResourcesCost: Amount?
    /// `user_id`, when sent.
    public var userID: String?
    /// `virtual_machine_id`, nil for user-level rows.
    public var virtualMachineID: String?
    /// `billing_stats`, in answer order; empty when the row has none.
    public var billingStats: [OnAppBillingGroup]

    public init(
        rootKey: String, statTime: Date, currencyCode: String, totalCost: Amount, usageCost: Amount? = nil,
        vmResourcesCost: Amount? = nil, userID: String? = nil, virtualMachineID: String? = nil,
        billingStats: [OnAppBillingGroup] = []
    ) {
        self.rootKey = rootKey
        self.statTime = statTime
        self.currencyCode = currencyCode
        self.totalCost = totalCost
        self.usageCost = usageCost
        self.vmResourcesCost = vmResourcesCost
        self.userID = userID
        self.virtualMachineID = virtualMachineID
        self.billingStats = billingStats
    }

    /// Whether the row carries at least one cost entry in its breakdown.
    public var hasBreakdown: Bool {
        billingStats.contains { group in group.items.contains { !$0.costs.isEmpty } }
    }
}
