/// One billable resource of the simulated OnApp bucket: its `resource_name`, the breakdown
/// group it is reported in, its hourly price and whether it counts as usage.
///
/// Prices are in millionths of a US dollar per unit per hour. Resources priced at zero are
/// still reported (OnApp lists every resource of the bucket, free or not).
struct OnAppResource: Sendable, Hashable {
    /// The breakdown groups of `billing_stats`.
    enum Group: String, Sendable, CaseIterable {
        case virtualMachines = "virtual_machines"
        case disks
        case networkInterfaces = "network_interfaces"

        /// The element name of one item in the Rails XML rendering (`<disk>` inside `<disks>`).
        var xmlItemName: String {
            switch self {
            case .virtualMachines: "virtual_machine"
            case .disks: "disk"
            case .networkInterfaces: "network_interface"
            }
        }
    }

    /// The `resource_name` on the wire.
    let name: String
    /// The group whose items carry this resource.
    let group: Group
    /// The price per unit per hour, in millionths of a dollar.
    let microsPerUnit: Int64
    /// Whether the cost counts towards `usage_cost` (metered use rather than allocation).
    let isUsage: Bool

    // Virtual machine resources.
    static let cpus = OnAppResource(name: "cpus", group: .virtualMachines, microsPerUnit: 4_500, isUsage: false)
    static let cpuShares = OnAppResource(name: "cpu_shares", group: .virtualMachines, microsPerUnit: 0, isUsage: false)
    static let memory = OnAppResource(name: "memory", group: .virtualMachines, microsPerUnit: 4, isUsage: false)
    static let cpuUsage = OnAppResource(name: "cpu_usage", group: .virtualMachines, microsPerUnit: 30, isUsage: true)
    static let template = OnAppResource(name: "template", group: .virtualMachines, microsPerUnit: 0, isUsage: false)

    // Disk resources (sizes in GB, traffic in MB).
    static let diskSize = OnAppResource(name: "disk_size", group: .disks, microsPerUnit: 15, isUsage: false)
    static let dataRead = OnAppResource(name: "data_read", group: .disks, microsPerUnit: 2, isUsage: true)
    static let dataWritten = OnAppResource(name: "data_written", group: .disks, microsPerUnit: 2, isUsage: true)
    static let readsCompleted = OnAppResource(
        name: "reads_completed", group: .disks, microsPerUnit: 0, isUsage: true)
    static let writesCompleted = OnAppResource(
        name: "writes_completed", group: .disks, microsPerUnit: 0, isUsage: true)

    // Network interface resources (rate in Mbit/s, traffic in MB).
    static let ipAddresses = OnAppResource(
        name: "ip_addresses", group: .networkInterfaces, microsPerUnit: 5_000, isUsage: false)
    static let rate = OnAppResource(name: "rate", group: .networkInterfaces, microsPerUnit: 0, isUsage: false)
    static let dataReceived = OnAppResource(
        name: "data_received", group: .networkInterfaces, microsPerUnit: 0, isUsage: true)
    static let dataSent = OnAppResource(name: "data_sent", group: .networkInterfaces, microsPerUnit: 12, isUsage: true)
}
