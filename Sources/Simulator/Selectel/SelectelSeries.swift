import Foundation

/// One billed metric of one object, e.g. "vCPU of web-01": the unit the hourly data is
/// generated for. Rows of the API are sums of series over periods and groups.
public struct SelectelSeries: Sendable, Hashable {
    /// A stable id for the series: `<object id>/<metric id>`.
    public let id: String
    /// The object billed.
    public let objectID: String
    /// The object's project.
    public let projectID: String
    /// The object's service, e.g. `vpc`.
    public internal(set) var providerKey: String
    /// What is billed and its tariff.
    public let metric: SelectelMetric
    /// The region the metric is billed in (the object's region).
    public let region: String

    /// Quantity per hour before variation, in thousandths of `metric.unit`.
    let baseThousandths: Int64
    /// How the quantity varies from hour to hour.
    let shape: SelectelUsageShape
    /// Per-series noise salt, derived from the seed.
    let salt: UInt64
    /// First billed hour (the object's creation), hours since 1970 UTC.
    let createdHour: Int64
    /// First hour not billed: the object's deletion or the hour containing "now".
    let endHour: Int64
    /// Hours during which the quantity is multiplied by `spikeMultiplier` (empty for most series).
    let spikeHours: Range<Int64>
    /// The spike's quantity multiplier.
    let spikeMultiplier: Int64

    /// The hour index (hours since 1970, UTC) of the hour containing `date`.
    static func hourIndex(of date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / 3600).rounded(.down))
    }

    /// Whether hour `hour` is billed at all.
    func isBilled(hour: Int64) -> Bool {
        hour >= createdHour && hour < endHour
    }

    /// The billed quantity (thousandths of a unit) and money (kopecks) of hour `hour`.
    func usage(hour: Int64) -> (kopecks: Int64, quantityThousandths: Int64) {
        guard isBilled(hour: hour) else { return (0, 0) }
        var factor = shape.factor(hour: hour, createdHour: createdHour, salt: salt)
        if spikeHours.contains(hour) {
            factor *= Double(spikeMultiplier)
        }
        let quantity = (Double(baseThousandths) * factor).rounded()
        let kopecks = (quantity * metric.kopecksPerUnit / 1000).rounded()
        return (Int64(kopecks), Int64(quantity))
    }
}
