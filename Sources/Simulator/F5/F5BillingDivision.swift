/// How an item's raw usage becomes its billing metric value (`billing_metric_data.value`).
///
/// F5 documents the billing value as the raw usage divided by a division factor: 20 hours of a
/// resource over a one-day window is 20 / 24 = 0.83 of it, 100 bytes billed in TB is 100 / 1e12.
enum F5BillingDivision: Sendable, Hashable {
    /// Divided by the number of hours in the requested window (resource-hours → resources).
    case windowHours
    /// Divided by a fixed factor (bytes → GB is 1e9, requests → million requests is 1e6).
    case fixed(Int64)

    /// The divisor for a window of `windowHours` hours.
    func divisor(windowHours: Int64) -> Int64 {
        switch self {
        case .windowHours: max(1, windowHours)
        case .fixed(let factor): max(1, factor)
        }
    }
}
