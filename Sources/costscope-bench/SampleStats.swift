/// Order statistics of repeated measurements: median, p99, extremes and spread.
struct SampleStats: Sendable {
    /// The samples, sorted ascending.
    let sorted: [Double]

    /// Statistics of `samples` (at least one).
    init(_ samples: [Double]) {
        precondition(!samples.isEmpty, "a case must produce at least one sample")
        sorted = samples.sorted()
    }

    /// The value below which `fraction` of the samples lie (nearest rank).
    func percentile(_ fraction: Double) -> Double {
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(0, rank), sorted.count - 1)]
    }

    /// The median (p50).
    var median: Double { percentile(0.5) }
    /// The 99th percentile.
    var p99: Double { percentile(0.99) }
    /// The smallest sample.
    var minimum: Double { sorted[0] }
    /// The largest sample.
    var maximum: Double { sorted[sorted.count - 1] }

    /// The spread as a share of the median: (max − min) / median, in percent.
    var spreadPercent: Double {
        median == 0 ? 0 : (maximum - minimum) / median * 100
    }
}
