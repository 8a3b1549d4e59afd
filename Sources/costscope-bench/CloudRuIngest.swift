import CostCore
import Foundation
import Providers

/// Reads a generated quarter of Cloud.ru consumption through the real ``CloudRuClient``
/// (v1 pages of 30 000 rows, one query per project and 31-day window, four at a time) and
/// checks the records against the generator's exact sum.
struct CloudRuIngest {
    /// Rows per page, the v1 maximum.
    static let pageSize = CloudRuAccount.maxV1PageSize
    /// The longest window one query covers, as the client splits ranges.
    static let daysPerQuery = 31

    let dataset: CloudRuBenchDataset

    /// The account every run reads: all projects, v1, amounts with VAT.
    func account() throws -> CloudRuAccount {
        let projects = CloudRuBenchCatalog.projects
        return CloudRuAccount(
            name: "cloudru-bench", endpoint: try Endpoint(CloudRuAccount.defaultEndpoint),
            iamEndpoint: try Endpoint(CloudRuAccount.defaultIAMEndpoint), keyID: Secret("bench-key"),
            secret: Secret("bench-secret"), projectIDs: projects.map(\.id),
            projectNames: Dictionary(uniqueKeysWithValues: projects.map { ($0.id, $0.name) }), apiVersion: .v1,
            pageSize: Self.pageSize, maxDaysPerQuery: Self.daysPerQuery)
    }

    /// Every page of the quarter's windows, each row once.
    var pageRequests: [CloudRuBenchDataset.PageRequest] { pageRequests(widening: 0) }

    /// Every page the client asks for over the quarter: each window is asked from the day
    /// before (its first day's Moscow midnight) through the day after, as the client does.
    var clientPageRequests: [CloudRuBenchDataset.PageRequest] { pageRequests(widening: 1) }

    private func pageRequests(widening days: Int) -> [CloudRuBenchDataset.PageRequest] {
        let first = CloudRuBenchDataset.firstDay
        let last = first + CloudRuBenchDataset.dayCount - 1
        return CloudRuBenchCatalog.projects.indices.flatMap { project in
            stride(from: first, through: last, by: Self.daysPerQuery).flatMap { start in
                dataset.pageRequests(
                    project: project, firstDay: start - days,
                    lastDay: min(last, start + Self.daysPerQuery - 1) + days, limit: Self.pageSize)
            }
        }
    }

    /// Fetches the quarter through `transport`.
    func fetch(through transport: CloudRuBenchTransport) async throws -> [CostRecord] {
        let client = CloudRuClient(account: try account(), transport: transport)
        return try await client.fetchSpend(range: CloudRuBenchDataset.quarter, granularity: .day, zone: .gmt)
    }

    /// Throws unless `records` are exactly the generated rows: one record per row, the sum
    /// of `amount_nds` to the micro-rouble, and each project's sum.
    func verify(_ records: [CostRecord]) throws {
        try BenchFailure.check("Cloud.ru record count", records.count, equals: dataset.rowCount)
        try BenchFailure.check(
            "Cloud.ru total with VAT", MoneyTotals(records.map(\.amount))[.rub].amount,
            equals: dataset.groundTruthWithVAT())
        let firstProject = CloudRuBenchCatalog.projects[0].id
        let projectTotal = records.reduce(into: Amount.zero) { sum, record in
            if record.project?.id == firstProject { sum += record.amount.amount }
        }
        try BenchFailure.check(
            "Cloud.ru first project total", projectTotal, equals: dataset.groundTruthWithVAT(project: 0))
    }
}

extension TimeZone {
    /// UTC.
    static let gmt = TimeZone(identifier: "UTC")!
}
