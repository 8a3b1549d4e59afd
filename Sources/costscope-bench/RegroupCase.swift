import CostCore
import Explorer
import Foundation

/// Regrouping the loaded records as the user does it: a new grouping from the grouping pane,
/// a drill into one row and back, and a range change within the loaded quarter. Every table
/// is checked against the generator's exact totals.
enum RegroupCase {
    /// Runs the operations with `loop`: reports the worst p99 of grouping and range changes
    /// (`regroup_p99_ms`) and of drilling down and back up (`drill_p99_ms`); returns the worst of all, in ms.
    static func run(_ fixture: inout ExploreFixture, loop: SampleLoop, label: String) throws -> Double {
        let dimensions: [CostDimension] = [.service, .object, .metric, .region, .project]
        let grouping = loop.run(divisor: 1e6) { iteration in
            fixture.state.panes.focus = .grouping
            fixture.state.panes.groupingCursor =
                fixture.state.query.dimensions.firstIndex(of: dimensions[iteration % dimensions.count]) ?? 0
        } _: { _ in
            _ = reduce(&fixture.state, .key(.enter))
        }
        try fixture.checkTotal(fixture.quarterTotal, "after grouping changes")
        fixture.state.panes.focus = .grouping
        fixture.state.panes.groupingCursor = fixture.state.query.dimensions.firstIndex(of: .project) ?? 0
        _ = reduce(&fixture.state, .key(.enter))
        try BenchFailure.check("grouping after the loop", fixture.state.level.dimension, equals: .project)

        var drillTimes: [Double] = []
        var backTimes: [Double] = []
        drillTimes = loop.run(divisor: 1e6) { iteration in
            if fixture.state.chart.levels.count > 1 {
                let start = BenchClock.nanoseconds()
                _ = reduce(&fixture.state, .key(.escape))
                backTimes.append(Double(BenchClock.nanoseconds() - start) / 1e6)
            }
            fixture.state.chart.cursor = iteration % max(1, fixture.state.table.rows.count)
        } _: { _ in
            _ = reduce(&fixture.state, .key(.enter))
        }
        if let project = fixture.state.level.filters.first?.id {
            try fixture.checkTotal(fixture.projectTotals[project] ?? .zero, "drilled into project \(project)")
        }
        _ = reduce(&fixture.state, .key(.escape))
        try fixture.checkTotal(fixture.quarterTotal, "back at the top")

        let ranges = fixture.months + [(CloudRuBenchDataset.quarter, fixture.quarterTotal)]
        let rangeTimes = try loop.run(divisor: 1e6) { iteration in
            if iteration > 0 {
                let previous = ranges[(iteration - 1) % ranges.count]
                try fixture.checkTotal(previous.total, "range \(previous.range)")
            }
        } _: { iteration in
            fixture.state.query.range = ranges[iteration % ranges.count].range
            fixture.state.deriveView()
        }
        let last = ranges[(rangeTimes.count - 1) % ranges.count]
        try fixture.checkTotal(last.total, "range \(last.range)")
        fixture.state.query.range = CloudRuBenchDataset.quarter
        fixture.state.deriveView()
        try fixture.checkTotal(fixture.quarterTotal, "back to the quarter")

        let groupingStats = SampleStats(grouping)
        let drillStats = SampleStats(drillTimes)
        let rangeStats = SampleStats(rangeTimes)
        CaseOutput.row(
            "regroup \(label): change grouping", unit: "ms", samples: grouping,
            detail: "p99 \(format(groupingStats.p99)) ms")
        CaseOutput.row(
            "regroup \(label): drill one level", unit: "ms", samples: drillTimes,
            detail: "p99 \(format(drillStats.p99)) ms")
        if !backTimes.isEmpty {
            CaseOutput.row(
                "regroup \(label): back up", unit: "ms", samples: backTimes,
                detail: "p99 \(format(SampleStats(backTimes).p99)) ms")
        }
        CaseOutput.row(
            "regroup \(label): change range", unit: "ms", samples: rangeTimes,
            detail: "p99 \(format(rangeStats.p99)) ms")
        let worst = max(groupingStats.p99, rangeStats.p99)
        CaseOutput.figure("regroup_p99_ms", worst)
        let worstDrill = max(drillStats.p99, backTimes.isEmpty ? 0 : SampleStats(backTimes).p99)
        CaseOutput.figure("drill_p99_ms", worstDrill)
        return max(worst, worstDrill)
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
