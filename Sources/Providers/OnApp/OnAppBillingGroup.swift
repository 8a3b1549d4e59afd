/// One member of `billing_stats`: a group name (`virtual_machines`, `disks`,
/// `network_interfaces`, `edge_servers`, …) and its items, in answer order.
public struct OnAppBillingGroup: Sendable, Hashable {
    /// The group name as sent.
    public var name: String
    /// The group's items.
    public var items: [OnAppBillingItem]

    public init(name: String, items: [OnAppBillingItem]) {
        self.name = name
        self.items = items
    }

    /// The type of one item, for object references: the group name without its plural `s`
    /// (`disks` → `disk`, `network_interfaces` → `network_interface`).
    public var itemType: String { Self.itemType(ofGroup: name) }

    /// The item type of group `name` (see ``itemType``).
    static func itemType(ofGroup name: String) -> String {
        name.count > 1 && name.hasSuffix("s") ? String(name.dropLast()) : name
    }

    /// The group a root-wrapped item (`{"disk": {...}}`, `<disk>`) belongs to: its key with a
    /// plural `s` (`disk` → `disks`), so it joins the items of the same kind sent as a list.
    public static func groupName(ofItem key: String) -> String { key + "s" }
}
