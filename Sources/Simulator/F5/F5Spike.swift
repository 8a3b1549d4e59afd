import Foundation

/// The one planted anomaly: WAAP requests (bots hammering the login page) jump several times
/// over for two whole UTC days, four to eight days before "now"; the item's cost jumps with them.
public struct F5Spike: Sendable, Hashable {
    /// The spiking usage item (`WAAP Requests`).
    public let itemName: String
    /// The service of the spiking item (`Web App & API Protection`).
    public let service: String
    /// The start of the first spiked hour (UTC midnight).
    public let start: Date
    /// The end of the last spiked hour (UTC midnight two days later), exclusive.
    public let end: Date
    /// How many times the normal usage is billed during the spike.
    public let multiplier: Int64

    /// Spiked hours, in hours since 1970 (UTC).
    let hours: Range<Int64>

    init(itemName: String, service: String, hours: Range<Int64>, multiplier: Int64) {
        self.itemName = itemName
        self.service = service
        self.hours = hours
        self.multiplier = multiplier
        self.start = Date(timeIntervalSince1970: TimeInterval(hours.lowerBound * 3600))
        self.end = Date(timeIntervalSince1970: TimeInterval(hours.upperBound * 3600))
    }

    /// Whether the hour containing `date` is spiked.
    public func contains(hourOf date: Date) -> Bool {
        hours.contains(Int64((date.timeIntervalSince1970 / 3600).rounded(.down)))
    }
}
