import Foundation

/// The one planted anomaly: the media server's assets are hot-linked, so its outgoing
/// traffic (`data_sent` of its interface) and the reads of its assets disk (`data_read`)
/// jump ``multiplier`` times over for two whole UTC days, five to twenty days before "now".
public struct OnAppSpike: Sendable, Hashable {
    /// The server whose traffic spikes.
    public let virtualMachineID: Int
    /// Its label.
    public let virtualMachineLabel: String
    /// The network interface whose `data_sent` spikes.
    public let networkInterfaceID: Int
    /// The disk whose `data_read` spikes.
    public let diskID: Int
    /// The spiking resources (`data_read`, `data_sent`).
    public let resourceNames: [String]
    /// The first spiked hour (UTC midnight).
    public let start: Date
    /// The end of the spike (exclusive, UTC midnight).
    public let end: Date
    /// How many times the usual traffic is billed while the spike lasts.
    public let multiplier: Int

    /// Spiked hours, in hours since 1970.
    let hours: Range<Int64>

    init(machine: OnAppVirtualMachine, networkInterfaceID: Int, diskID: Int, hours: Range<Int64>, multiplier: Int) {
        self.virtualMachineID = machine.id
        self.virtualMachineLabel = machine.label
        self.networkInterfaceID = networkInterfaceID
        self.diskID = diskID
        self.resourceNames = [OnAppResource.dataRead.name, OnAppResource.dataSent.name]
        self.hours = hours
        self.multiplier = multiplier
        self.start = Date(timeIntervalSince1970: TimeInterval(hours.lowerBound * 3_600))
        self.end = Date(timeIntervalSince1970: TimeInterval(hours.upperBound * 3_600))
    }

    /// Whether the hour starting at `hourStart` is spiked.
    public func contains(hourStart: Date) -> Bool {
        hours.contains(Int64((hourStart.timeIntervalSince1970 / 3_600).rounded(.down)))
    }
}
