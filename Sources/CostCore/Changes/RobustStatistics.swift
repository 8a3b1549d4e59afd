/// Order statistics used by ``ChangeDetector``: medians, the median absolute deviation and
/// the Theil–Sen slope. Medians of amounts stay exact (the mean of the two middle values is
/// taken in 10⁻¹² units); spreads and slopes are `Double` because they are never printed as money.
enum RobustStatistics {
    /// The scale that makes the median absolute deviation estimate a normal distribution's
    /// standard deviation.
    static let consistencyFactor = 1.4826

    /// The median of `values`; nil when there are none.
    static func median(_ values: [Amount]) -> Amount? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[middle] }
        return Amount(units: (sorted[middle - 1].units + sorted[middle].units) / 2)
    }

    /// The median of `values`; nil when there are none.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The median absolute deviation from `center`, × 1.4826.
    static func spread(_ values: [Amount], around center: Amount) -> Double {
        let deviations = values.map { ($0 - center).magnitude }
        return (median(deviations)?.doubleValue ?? 0) * consistencyFactor
    }

    /// The Theil–Sen slope of points `(x, y)`: the median of the slopes between every pair
    /// with distinct `x`; nil with fewer than two such points.
    static func theilSenSlope(_ points: [(x: Int, y: Double)]) -> Double? {
        var slopes: [Double] = []
        for first in points.indices {
            for second in points.indices where second > first && points[second].x != points[first].x {
                let run = Double(points[second].x - points[first].x)
                slopes.append((points[second].y - points[first].y) / run)
            }
        }
        return median(slopes)
    }
}
