import Foundation

/// The one planted anomaly in the simulated data: a Kubernetes node group in the
/// "production" project scales out several times for a day and a half to two days,
/// three to five days before "now".
public struct SelectelSpike: Sendable, Hashable {
    /// The project whose spend spikes.
    public let projectID: String
    /// The spiking object (a Managed Kubernetes node group).
    public let objectID: String
    /// Ids of the object's series whose quantity (and cost) is multiplied.
    public let seriesIDs: [String]
    /// The start of the first spiked hour (UTC).
    public let start: Date
    /// The end of the last spiked hour (UTC), exclusive.
    public let end: Date
    /// How many times the normal quantity is billed during the spike.
    public let multiplier: Int

    /// Spiked hours, in hours since 1970 (UTC).
    let hours: Range<Int64>

    init(projectID: String, objectID: String, seriesIDs: [String], hours: Range<Int64>, multiplier: Int) {
        self.projectID = projectID
        self.objectID = objectID
        self.seriesIDs = seriesIDs
        self.hours = hours
        self.multiplier = multiplier
        self.start = Date(timeIntervalSince1970: TimeInterval(hours.lowerBound * 3600))
        self.end = Date(timeIntervalSince1970: TimeInterval(hours.upperBound * 3600))
    }

    /// The start of every spiked hour (UTC), in order.
    public var hourStarts: [Date] {
        hours.map { Date(timeIntervalSince1970: TimeInterval($0 * 3600)) }
    }

    /// Whether the hour starting at `hourStart` (UTC) is spiked.
    public func contains(hourStart: Date) -> Bool {
        hours.contains(SelectelSeries.hourIndex(of: hourStart))
    }
}
