import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit

/// An explorer state holding the generated quarter's records, as the app has it after a load,
/// with the ground truth of every view the cases switch to.
struct ExploreFixture {
    /// The account name of the records.
    static let account = "cloudru-bench"
    /// The simulated "now": the morning after the quarter.
    static let now = CloudRuBenchDataset.quarter.end.addingTimeInterval(6 * 3_600)

    let dataset: CloudRuBenchDataset
    /// The state after the records arrived, grouped by project over the quarter, daily.
    var state: ExplorerState
    /// Exact totals with VAT: the quarter, each project, each month.
    let quarterTotal: Amount
    let projectTotals: [String: Amount]
    let months: [(range: DateRange, total: Amount)]

    /// Reads the records through the client (untimed) and loads them into a fresh state.
    init(rows: Int, size: TerminalSize) async throws {
        let dataset = CloudRuBenchDataset(targetRows: rows)
        self.dataset = dataset
        let ingest = CloudRuIngest(dataset: dataset)
        let records = try await ingest.fetch(through: CloudRuBenchTransport(dataset: dataset))
        try ingest.verify(records)
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: size, now: Self.now, zone: .gmt, accounts: [AccountEntry(name: Self.account, provider: .cloudru)])
        _ = state.open(range: CloudRuBenchDataset.quarter, preset: nil, dimension: .project, granularity: .day)
        _ = state.beginFetch()
        _ = reduce(
            &state,
            .recordsLoaded(
                requestID: state.load.lastRequestID, account: Self.account, records: records, at: Self.now))
        self.state = state
        quarterTotal = dataset.groundTruthWithVAT()
        var projectTotals: [String: Amount] = [:]
        for (index, project) in CloudRuBenchCatalog.projects.enumerated() {
            projectTotals[project.id] = dataset.groundTruthWithVAT(project: index)
        }
        self.projectTotals = projectTotals
        let first = CloudRuBenchDataset.firstDay
        months = [(first, first + 30), (first + 31, first + 61), (first + 62, first + 91)].map { days in
            let range = DateRange(
                start: Date(timeIntervalSince1970: TimeInterval(days.0) * 86_400),
                end: Date(timeIntervalSince1970: TimeInterval(days.1 + 1) * 86_400))
            return (range, dataset.groundTruthWithVAT(firstDay: days.0, lastDay: days.1))
        }
        try checkTotal(quarterTotal, "quarter grouped by project")
    }

    /// Throws unless the current table's rouble total is `expected`.
    func checkTotal(_ expected: Amount, _ view: String) throws {
        try BenchFailure.check("table total (\(view))", state.table.totals[.rub].amount, equals: expected)
    }
}
