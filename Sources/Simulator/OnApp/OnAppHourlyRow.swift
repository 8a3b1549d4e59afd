/// One row of the user's billing statistics (`vm_hourly_stat`): one server's costs for one
/// hour with their breakdown, or the user-level row (`virtual_machine_id` null) that carries
/// charges OnApp does not break down (here: backups).
///
/// `total_cost` is exactly the sum of the breakdown's costs (every cost has at most six
/// decimals, so the sum is exact), and `usage_cost` the part of it that is metered use.
struct OnAppHourlyRow: Sendable {
    /// One entry of an item's `costs`.
    struct Cost: Sendable {
        /// The `resource_name`.
        let resourceName: String
        /// The `value` (quantity).
        let value: Int64
        /// The `cost`, in millionths of the currency unit.
        let micros: Int64
        /// The `resource_id`, sent only for resources that name one (the template).
        let resourceID: Int?
    }

    /// One item of a breakdown group: the server itself, a disk or an interface.
    struct Item: Sendable {
        /// The group the item is listed in.
        let group: OnAppResource.Group
        /// The item's `id`.
        let id: Int
        /// The item's `label` (nil is sent as `null`).
        let label: String?
        /// The item's `costs`.
        let costs: [Cost]
    }

    /// The billed hour, in hours since 1970 (UTC); `stat_time`.
    let hour: Int64
    /// When the row was written (`created_at` and `updated_at`), in seconds since 1970.
    let createdSecond: Int64
    /// The server, or nil for the user-level row.
    let virtualMachineID: Int?
    /// The breakdown items, grouped in ``OnAppResource/Group`` order; empty for the user-level row.
    let items: [Item]
    /// `total_cost` in millionths.
    let totalMicros: Int64
    /// `usage_cost` in millionths.
    let usageMicros: Int64

    /// The `stat_time` in seconds since 1970.
    var statSecond: Int64 { hour * 3_600 }
}
