extension ChangeDetector {
    /// One pass over a series: which buckets take part, their windows and their labels.
    /// One series' scan. The per-bucket tests (a window, its median and spread, a slope) run
    /// thousands of times per view, so they work in the scratch buffers below, reused from
    /// bucket to bucket, rather than in arrays of their own.
    struct Scan {
        let series: ChangeSeries
        let thresholds: ChangeThresholds
        /// Indices of the buckets with data that take part, in order.
        let usable: [Int]
        private let isUsable: [Bool]
        /// Each bucket's value in units (zero where there is none).
        private let units: [Int128]
        private var scratch: [Int128] = []
        private var otherScratch: [Int128] = []
        private var positions: [Int] = []
        private var slopes: [Double] = []

        init(series: ChangeSeries, thresholds: ChangeThresholds, includeIncomplete: Bool) {
            self.series = series
            self.thresholds = thresholds
            let flags = series.values.indices.map {
                series.values[$0] != nil && (includeIncomplete || !series.incomplete[$0])
            }
            self.isUsable = flags
            self.usable = flags.indices.filter { flags[$0] }
            self.units = series.values.map { $0?.units ?? 0 }
            let room = thresholds.window + 1
            scratch.reserveCapacity(room)
            otherScratch.reserveCapacity(room)
            positions.reserveCapacity(room)
            slopes.reserveCapacity(room * room / 2)
        }

        /// The usable values among the `window` buckets before `index`.
        func window(before index: Int) -> [Amount] {
            let start = max(0, index - thresholds.window)
            return (start..<index).compactMap { isUsable[$0] ? series.values[$0] : nil }
        }

        /// The median of ``window(before:)``.
        func baseline(before index: Int) -> Amount? {
            RobustStatistics.median(window(before: index))
        }

        /// Every bucket's label.
        mutating func labels() -> [ChangeLabel?] {
            var labels = [ChangeLabel?](repeating: nil, count: series.count)
            markRuns(&labels)
            let steady = steadyIndices()
            for index in usable where labels[index] == nil && !steady[index] {
                labels[index] = deviation(at: index) ?? (isGrowing(at: index) ? .growing : nil)
            }
            return labels
        }

        /// Marks `new` and `stopped` runs.
        /// Per bucket: whether the usable values of the `window + 1` buckets ending there are all
        /// positive with the largest below the smallest plus 47.5 % of it. Neither a deviation
        /// nor a rise can reach the 50 % ``ChangeThresholds/minimumPercent`` there (see
        /// ``ChangeDetector/isSteady(_:thresholds:includeIncomplete:)``), so the medians are skipped.
        private func steadyIndices() -> [Bool] {
            var steady = [Bool](repeating: false, count: series.count)
            guard thresholds.minimumPercent >= 47.5 else { return steady }
            var first = 0
            for (position, index) in usable.enumerated() {
                while index - usable[first] > thresholds.window { first += 1 }
                var smallest = Int128.max
                var largest = Int128.min
                for earlier in usable[first...position] {
                    let value = series.values[earlier]!.units
                    smallest = Swift.min(smallest, value)
                    largest = Swift.max(largest, value)
                }
                steady[index] = smallest > 0 && 40 * (largest - smallest) < 19 * smallest
            }
            return steady
        }

        private mutating func markRuns(_ labels: inout [ChangeLabel?]) {
            var position = 0
            while position < usable.count {
                let first = usable[position]
                let value = series.values[first]!
                var end = position + 1
                while end < usable.count, sameSign(series.values[usable[end]]!, value) { end += 1 }
                let run = Array(usable[position..<end])
                position = end
                guard !value.isNegative else { continue }
                let before = window(before: first)
                guard before.count >= thresholds.minimumPresenceHistory else { continue }
                if value.isZero {
                    guard run.count >= 2, before.allSatisfy({ $0 > .zero }),
                        let baseline = RobustStatistics.median(before), baseline >= thresholds.minimumAmount
                    else { continue }
                    for index in run { labels[index] = .stopped }
                    joinDropsBefore(run[0], into: .stopped, labels: &labels)
                } else if before.allSatisfy(\.isZero) {
                    for index in run where series.values[index]! >= thresholds.minimumAmount {
                        guard baseline(before: index)?.isZero ?? true else { break }
                        labels[index] = .new
                    }
                }
            }
        }

        /// Relabels the drops right before `start` (a server deleted at noon bills half its
        /// last day) as part of the run that begins there.
        private mutating func joinDropsBefore(_ start: Int, into label: ChangeLabel, labels: inout [ChangeLabel?]) {
            guard var position = usable.firstIndex(of: start) else { return }
            while position > 0 {
                position -= 1
                let index = usable[position]
                if labels[index] == nil, deviation(at: index) == .drop {
                    labels[index] = label
                } else {
                    return
                }
            }
        }

        private func sameSign(_ lhs: Amount, _ rhs: Amount) -> Bool {
            lhs.isZero == rhs.isZero && lhs.isNegative == rhs.isNegative
        }

        /// `spike` or `drop` when the bucket passes all three tests against its baseline.
        private mutating func deviation(at index: Int) -> ChangeLabel? {
            fillWindow(before: index)
            guard scratch.count >= thresholds.minimumHistory, let middle = RobustStatistics.median(sorting: &scratch),
                middle > 0,
                let actual = series.values[index]
            else { return nil }
            let baseline = Amount(units: middle)
            let change = actual - baseline
            let size = change.magnitude
            guard !change.isZero, !actual.isZero, size >= thresholds.minimumAmount,
                (size.ratio(to: baseline) ?? 0) * 100 >= thresholds.minimumPercent
            else { return nil }
            // The spread: the median absolute deviation from the baseline, × 1.4826.
            otherScratch.removeAll(keepingCapacity: true)
            for value in scratch { otherScratch.append((Amount(units: value) - baseline).magnitude.units) }
            let spread =
                (RobustStatistics.median(sorting: &otherScratch).map { Amount(units: $0).doubleValue } ?? 0)
                * RobustStatistics.consistencyFactor
            guard size.doubleValue > thresholds.robustZ * spread else { return nil }
            return change.isNegative ? .drop : .spike
        }

        /// Whether the window and the bucket form a sustained upward trend (see ``ChangeDetector``).
        private mutating func isGrowing(at index: Int) -> Bool {
            let start = max(0, index - thresholds.window)
            positions.removeAll(keepingCapacity: true)
            for position in start...index where isUsable[position] { positions.append(position) }
            let history = positions.last == index ? positions.count - 1 : positions.count
            guard history >= thresholds.minimumHistory, let actual = series.values[index] else { return false }
            otherScratch.removeAll(keepingCapacity: true)
            for position in positions.prefix(positions.count / 2) { otherScratch.append(units[position]) }
            guard let middle = RobustStatistics.median(sorting: &otherScratch), middle > 0 else { return false }
            let origin = Amount(units: middle)
            let rise = actual - origin
            let required = origin.doubleValue * thresholds.minimumPercent / 100
            guard rise > .zero, rise >= thresholds.minimumAmount, rise.doubleValue >= required else { return false }
            // No single step may make more than half of the rise, and most steps go up.
            var nonNegative = 0
            var largest = -Double.infinity
            for step in positions.indices.dropFirst() {
                let change = (Amount(units: units[positions[step]]) - Amount(units: units[positions[step - 1]]))
                    .doubleValue
                if change >= 0 { nonNegative += 1 }
                largest = Swift.max(largest, change)
            }
            let steps = positions.count - 1
            guard nonNegative * 2 > steps, (steps == 0 ? 0 : largest) <= rise.doubleValue / 2 else { return false }
            // The Theil–Sen slope: the median of the slopes between every pair of points.
            slopes.removeAll(keepingCapacity: true)
            for second in positions.indices {
                let y2 = Amount(units: units[positions[second]]).doubleValue
                for first in 0..<second {
                    let run = Double(positions[second] - positions[first])
                    slopes.append((y2 - Amount(units: units[positions[first]]).doubleValue) / run)
                }
            }
            guard !slopes.isEmpty else { return false }
            slopes.sort()
            let half = slopes.count / 2
            let slope = slopes.count % 2 == 1 ? slopes[half] : (slopes[half - 1] + slopes[half]) / 2
            return slope > 0 && slope * Double(positions.last! - positions.first!) >= required
        }

        /// Fills `scratch` with the usable values among the `window` buckets before `index`.
        private mutating func fillWindow(before index: Int) {
            scratch.removeAll(keepingCapacity: true)
            for position in max(0, index - thresholds.window)..<index where isUsable[position] {
                scratch.append(units[position])
            }
        }
    }
}
