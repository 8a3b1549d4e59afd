import CostCore
import Foundation

/// Runs ``ChangeDetector`` on every series of a ``SpikeSeriesTable`` and keeps one finding
/// per change (see ``SpikeSelection``).
package struct SpikeScanner {
    package let table: SpikeSeriesTable
    package let thresholds: ChangeThresholds

    package init(table: SpikeSeriesTable, thresholds: ChangeThresholds) {
        self.table = table
        self.thresholds = thresholds
    }

    /// The findings whose last flagged bucket lies in `range`.
    package func findings(in range: DateRange) -> [SpikeFinding] {
        var byNode: [String: [SpikeFinding]] = [:]
        for node in table.nodes.values {
            let series = table.series(of: node)
            let events = ChangeDetector.events(in: series, thresholds: thresholds)
            if !events.isEmpty { byNode[node.id] = events.map { finding(for: $0, of: node, series: series) } }
        }
        let selection = SpikeSelection(
            findings: byNode, children: table.children, range: range, minimumPercent: thresholds.minimumPercent,
            accountBaseline: accountBaseline)
        let roots = table.nodes.values.filter { $0.parentID == nil }.map(\.id).sorted()
        return roots.flatMap { selection.select(from: $0) }
    }

    private func finding(for event: ChangeEvent, of node: SpikeSeriesTable.Node, series: ChangeSeries) -> SpikeFinding {
        let indices = (event.firstIndex...event.lastIndex).filter { series.values[$0] != nil }
        let actual = indices.reduce(Amount.zero) { $0 + table.amount(of: node, at: $1) }
        let expected = table.expected(baseline: event.baseline, over: indices)
        let perBucket = Amount(units: expected.units / Int128(max(1, indices.count)))
        var deltas: [Date: Amount] = [:]
        for index in indices {
            deltas[table.periods[index].start] =
                table.amount(of: node, at: index) - table.expected(baseline: event.baseline, over: [index])
        }
        return SpikeFinding(
            provider: node.provider, account: node.account, path: node.path, currency: node.currency,
            label: event.label, grain: table.grain, period: event.period, lastBucketMiddle: event.lastPeriod.midpoint,
            bucketCount: indices.count, baseline: perBucket, expected: expected, actual: actual, bucketDeltas: deltas,
            nodeID: node.id)
    }

    /// What the account as a whole (in the finding's currency) was expected to bill over the
    /// finding's buckets; nil when the account has no baseline there.
    private func accountBaseline(of finding: SpikeFinding) -> Amount? {
        let rootID = finding.account + "\u{1F}" + finding.currency.code
        guard let root = table.nodes[rootID] else { return nil }
        let series = table.series(of: root)
        guard let first = table.periods.firstIndex(where: { $0.start == finding.period.start }),
            let baseline = ChangeDetector.baseline(at: first, in: series, window: thresholds.window)
        else { return nil }
        let indices = table.periods.indices.filter {
            finding.period.contains(table.periods[$0].midpoint) && series.values[$0] != nil
        }
        return table.expected(baseline: baseline, over: indices)
    }
}
