/// Order statistics used by ``ChangeDetector``. Medians of amounts stay exact (the mean of the
/// two middle values is taken in 10⁻¹² units); the spread and slopes the detector derives from
/// them are `Double` because they are never printed as money.
enum RobustStatistics {
    /// The scale that makes the median absolute deviation estimate a normal distribution's
    /// standard deviation.
    static let consistencyFactor = 1.4826

    /// The median of `values`; nil when there are none.
    static func median(_ values: [Amount]) -> Amount? {
        var units = values.map(\.units)
        return median(sorting: &units).map(Amount.init(units:))
    }

    /// The median of amounts in units, sorting `units` in place (the detector's scans reuse one
    /// buffer); nil when there are none.
    static func median(sorting units: inout [Int128]) -> Int128? {
        guard !units.isEmpty else { return nil }
        units.sort()
        let middle = units.count / 2
        return units.count % 2 == 1 ? units[middle] : (units[middle - 1] + units[middle]) / 2
    }
}
