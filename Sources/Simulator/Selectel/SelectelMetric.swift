/// A billed metric (what is counted and how it is priced), e.g. vCPU in core-hours.
public struct SelectelMetric: Sendable, Hashable {
    /// The API's metric id, e.g. `compute_cores`.
    public let id: String
    /// The localised metric name.
    public let name: SelectelLocalizedText
    /// The localised unit of `quantity`, e.g. `core·h`.
    public let unit: SelectelLocalizedText
    /// The simulated tariff: kopecks per one unit of quantity.
    public let kopecksPerUnit: Double
}
