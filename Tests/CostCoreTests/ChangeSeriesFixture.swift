import CostCore
import Foundation

/// Daily series for the change-detector tests, built from plain numbers (nil is a gap).
enum ChangeSeriesFixture {
    static let firstDay = utc("2026-10-01T00:00:00")

    /// A daily series starting on 1 October 2026; `incompleteLast` marks the last day incomplete.
    static func daily(_ values: [Double?], incompleteLast: Bool = false) -> ChangeSeries {
        let periods = values.indices.map { index in
            let start = firstDay.addingTimeInterval(Double(index) * 86_400)
            return DateRange(start: start, end: start.addingTimeInterval(86_400))
        }
        var incomplete = Array(repeating: false, count: values.count)
        if incompleteLast, !values.isEmpty { incomplete[values.count - 1] = true }
        return ChangeSeries(values: values.map { $0.map(amount) }, periods: periods, incomplete: incomplete)
    }

    /// The exact amount written with two decimals.
    static func amount(_ value: Double) -> Amount { Amount(String(format: "%.2f", value))! }

    /// `count` values of `level` with a deterministic ±`share` wobble (a linear congruential generator).
    static func noisy(level: Double, share: Double, count: Int, seed: UInt64 = 7) -> [Double?] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let unit = Double(state >> 11) / Double(1 << 53)
            return level * (1 + share * (unit * 2 - 1))
        }
    }
}
