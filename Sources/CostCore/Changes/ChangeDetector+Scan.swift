extension ChangeDetector {
    /// One pass over a series: which buckets take part, their windows and their labels.
    struct Scan {
        let series: ChangeSeries
        let thresholds: ChangeThresholds
        /// Indices of the buckets with data that take part, in order.
        let usable: [Int]
        private let isUsable: [Bool]

        init(series: ChangeSeries, thresholds: ChangeThresholds, includeIncomplete: Bool) {
            self.series = series
            self.thresholds = thresholds
            let flags = series.values.indices.map {
                series.values[$0] != nil && (includeIncomplete || !series.incomplete[$0])
            }
            self.isUsable = flags
            self.usable = flags.indices.filter { flags[$0] }
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
        func labels() -> [ChangeLabel?] {
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

        private func markRuns(_ labels: inout [ChangeLabel?]) {
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
        private func joinDropsBefore(_ start: Int, into label: ChangeLabel, labels: inout [ChangeLabel?]) {
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
        private func deviation(at index: Int) -> ChangeLabel? {
            let before = window(before: index)
            guard before.count >= thresholds.minimumHistory, let baseline = RobustStatistics.median(before),
                baseline > .zero, let actual = series.values[index]
            else { return nil }
            let change = actual - baseline
            let size = change.magnitude
            guard !change.isZero, !actual.isZero, size >= thresholds.minimumAmount,
                size.doubleValue > thresholds.robustZ * RobustStatistics.spread(before, around: baseline),
                (size.ratio(to: baseline) ?? 0) * 100 >= thresholds.minimumPercent
            else { return nil }
            return change.isNegative ? .drop : .spike
        }

        /// Whether the window and the bucket form a sustained upward trend (see ``ChangeDetector``).
        private func isGrowing(at index: Int) -> Bool {
            guard window(before: index).count >= thresholds.minimumHistory, let actual = series.values[index] else {
                return false
            }
            let start = max(0, index - thresholds.window)
            let points = (start...index).compactMap { position in
                isUsable[position] ? series.values[position].map { (x: position, y: $0) } : nil
            }
            let firstHalf = points.prefix(points.count / 2).map(\.y)
            guard let origin = RobustStatistics.median(firstHalf), origin > .zero else { return false }
            let rise = actual - origin
            let required = origin.doubleValue * thresholds.minimumPercent / 100
            guard rise > .zero, rise >= thresholds.minimumAmount, rise.doubleValue >= required,
                let slope = RobustStatistics.theilSenSlope(points.map { (x: $0.x, y: $0.y.doubleValue) }),
                slope > 0, slope * Double(points.last!.x - points.first!.x) >= required
            else { return false }
            let steps = zip(points.dropFirst(), points).map { ($0.y - $1.y).doubleValue }
            let nonNegative = steps.filter { $0 >= 0 }.count
            let largest = steps.max() ?? 0
            return nonNegative * 2 > steps.count && largest <= rise.doubleValue / 2
        }
    }
}
