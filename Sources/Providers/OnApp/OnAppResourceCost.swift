import CostCore

/// One entry of a breakdown item's `costs`: `{"value", "cost", "resource_name", "resource_id"?}`.
public struct OnAppResourceCost: Sendable, Hashable {
    /// `resource_name`, e.g. `disk_size`, `data_read`, `cpu_shares`, `ip_addresses`.
    public var resourceName: String
    /// `value`: the quantity billed (GB, MB, cores, addresses…); nil when sent as null.
    public var value: Amount?
    /// `cost`: the money charged for it in the row's currency.
    public var cost: Amount
    /// `resource_id`, sent for resources that name one (a template, an instance package).
    public var resourceID: String?

    public init(resourceName: String, value: Amount?, cost: Amount, resourceID: String? = nil) {
        self.resourceName = resourceName
        self.value = value
        self.cost = cost
        self.resourceID = resourceID
    }
}
