import Foundation

/// A simulated OnApp virtual server with its disks and network interfaces.
///
/// Every hour the server exists, the user's statistics hold one row with its
/// `virtual_machine_id` and a breakdown: one `virtual_machines` item (the server itself),
/// one `disks` item per disk and one `network_interfaces` item per interface.
public struct OnAppVirtualMachine: Sendable, Hashable {
    /// The server id (`virtual_machine_id`).
    public let id: Int
    /// The label (`label` of the `virtual_machines` item).
    public let label: String
    /// The first billed hour (UTC).
    public let createdAt: Date
    /// The first hour no longer billed, for a destroyed server.
    public let destroyedAt: Date?
    /// The disks, the primary one first.
    public let disks: [OnAppDevice]
    /// The network interfaces.
    public let networkInterfaces: [OnAppDevice]

    /// The size, template and typical use.
    let blueprint: OnAppBlueprint
    /// The first billed hour, in hours since 1970 (UTC).
    let firstHour: Int64
    /// The first hour not billed, in hours since 1970, or `Int64.max`.
    let endHour: Int64
    /// Noise salt of this server.
    let salt: UInt64

    init(
        id: Int, blueprint: OnAppBlueprint, disks: [OnAppDevice], networkInterfaces: [OnAppDevice],
        firstHour: Int64, endHour: Int64, salt: UInt64
    ) {
        self.id = id
        self.label = blueprint.label
        self.blueprint = blueprint
        self.disks = disks
        self.networkInterfaces = networkInterfaces
        self.firstHour = firstHour
        self.endHour = endHour
        self.salt = salt
        self.createdAt = Date(timeIntervalSince1970: TimeInterval(firstHour * 3_600))
        self.destroyedAt = endHour == Int64.max ? nil : Date(timeIntervalSince1970: TimeInterval(endHour * 3_600))
    }

    /// Whether the server is billed in the hour starting at `hour` (hours since 1970).
    func exists(inHour hour: Int64) -> Bool {
        hour >= firstHour && hour < endHour
    }

    /// Two servers are equal when they are the same server of the same dataset.
    public static func == (lhs: OnAppVirtualMachine, rhs: OnAppVirtualMachine) -> Bool {
        lhs.id == rhs.id && lhs.firstHour == rhs.firstHour && lhs.endHour == rhs.endHour && lhs.salt == rhs.salt
    }

    /// Hashes the id and the noise salt.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(salt)
    }
}
