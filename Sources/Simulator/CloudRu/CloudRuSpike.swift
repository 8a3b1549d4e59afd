import Foundation

/// The one planted anomaly: egress traffic of the shop's media bucket jumps many times over
/// for one or two whole UTC days, two to five days before "now" (hot-linked files).
public struct CloudRuSpike: Sendable, Hashable {
    /// The project whose spend spikes.
    public let projectID: String
    /// The spiking resource (an object storage bucket).
    public let resourceID: String
    /// The spiking SKU (egress traffic).
    public let sku: String
    /// The service of the spiking SKU (`Объектное хранилище`).
    public let service: String
    /// UTC midnight of the first spiked day.
    public let start: Date
    /// UTC midnight after the last spiked day (exclusive).
    public let end: Date
    /// How many times the normal traffic is billed on spiked days.
    public let multiplier: Int

    /// Spiked days, in days since 1970 (UTC).
    let days: Range<Int64>

    init(projectID: String, resourceID: String, sku: CloudRuSKU, days: Range<Int64>, multiplier: Int) {
        self.projectID = projectID
        self.resourceID = resourceID
        self.sku = sku.id
        self.service = sku.service
        self.days = days
        self.multiplier = multiplier
        self.start = Date(timeIntervalSince1970: TimeInterval(days.lowerBound * 86_400))
        self.end = Date(timeIntervalSince1970: TimeInterval(days.upperBound * 86_400))
    }

    /// UTC midnight of every spiked day, in order.
    public var dayStarts: [Date] {
        days.map { Date(timeIntervalSince1970: TimeInterval($0 * 86_400)) }
    }

    /// Whether the UTC day containing `date` is spiked.
    public func contains(day date: Date) -> Bool {
        days.contains(Int64((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
