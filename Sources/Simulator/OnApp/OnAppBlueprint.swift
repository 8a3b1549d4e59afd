/// What one simulated virtual server looks like before ids and dates are drawn: its size,
/// template, disks, network interfaces, typical hourly use and lifetime.
struct OnAppBlueprint: Sendable {
    /// When the server exists, relative to the account's history and "now".
    enum Lifetime: Sendable {
        /// Built shortly after the account was opened and still running.
        case wholeHistory
        /// Built this many days before "now".
        case built(daysAgo: Int)
        /// Built shortly after the account was opened, destroyed this many days before "now".
        case destroyed(daysAgo: Int)
    }

    /// A disk: size and typical hourly traffic.
    struct Disk: Sendable {
        /// The label; OnApp leaves it empty (`nil`) for some disks, e.g. swap.
        let label: String?
        /// Size in GB.
        let sizeGB: Int64
        /// Typical MB read per hour.
        let readMB: Int64
        /// Typical MB written per hour.
        let writtenMB: Int64
        /// Whether the planted spike multiplies this disk's `data_read`.
        let spikes: Bool
    }

    /// A network interface: port speed and typical hourly traffic.
    struct NetworkInterface: Sendable {
        /// The label, e.g. `eth0`.
        let label: String
        /// Port speed in Mbit/s (the `rate` resource).
        let rateMbps: Int64
        /// Typical MB sent per hour.
        let sentMB: Int64
        /// Typical MB received per hour.
        let receivedMB: Int64
        /// Whether the planted spike multiplies this interface's `data_sent`.
        let spikes: Bool
    }

    /// The server's label.
    let label: String
    /// Virtual CPU cores.
    let cpus: Int64
    /// CPU priority (`cpu_shares`, percent).
    let cpuShares: Int64
    /// Memory in MB.
    let memoryMB: Int64
    /// Typical CPU use per hour, in percent of one core.
    let cpuUsagePercent: Int64
    /// The OnApp template the server was built from (served as `resource_id` of `template`).
    let templateID: Int
    /// The template's licence price per hour in millionths of a dollar (0 for free systems).
    let templateMicrosPerHour: Int64
    /// When the server exists.
    let lifetime: Lifetime
    /// Disks, the primary one first.
    let disks: [Disk]
    /// Network interfaces.
    let networkInterfaces: [NetworkInterface]
}
