/// A disk or network interface of a simulated OnApp virtual server, as it appears in the
/// `billing_stats` breakdown (`disks` / `network_interfaces` items).
public struct OnAppDevice: Sendable, Hashable {
    /// Which breakdown group the device is reported in.
    public enum Kind: String, Sendable, Hashable {
        /// An item of `billing_stats.disks`.
        case disk
        /// An item of `billing_stats.network_interfaces`.
        case networkInterface = "network_interface"
    }

    /// The device id (`id` of the breakdown item); disks and interfaces have their own id ranges.
    public let id: Int
    /// The label, or nil where OnApp sends `null` (`nil="true"` in XML).
    public let label: String?
    /// Disk or network interface.
    public let kind: Kind
}
