import CostCore
import Foundation
import Providers

/// Reads a generated quarter of Cloud.ru consumption through the real ``CloudRuClient``
/// (v1 pages of 30 000 rows, one query per project and 31-day window, four at a time) into a
/// ``SpendStore`` and checks it against the generator's exact sums.
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
    func fetch(through transport: CloudRuBenchTransport) async throws -> SpendStore {
        let client = CloudRuClient(account: try account(), transport: transport)
        let query = FetchQuery(
            accounts: [client.name], range: CloudRuBenchDataset.quarter, granularity: .day, zone: .gmt)
        return try await client.fetch(query)
    }

    /// Throws unless `store` holds exactly the generated rows: one record per row, the sum of
    /// `amount_nds` to the micro-rouble (from the amount column, and again from the records it
    /// shows), the first project's sum, and the sum without VAT kept beside each amount.
    func verify(_ store: SpendStore) throws {
        try BenchFailure.check("Cloud.ru record count", store.count, equals: dataset.rowCount)
        for series in store.series {
            try BenchFailure.check("Cloud.ru currency", store.currency(of: series), equals: .rub)
        }
        let firstProject = CloudRuBenchCatalog.projects[0].id
        var total = Amount.zero
        var projectTotal = Amount.zero
        var withoutVAT = Amount.zero
        for index in store.indices {
            let series = store.series[Int(store.seriesCodes[index])]
            let amount = Amount(units: store.amounts[index])
            total += amount
            withoutVAT += Amount(units: store.secondAmounts[index])
            if series.project >= 0, store.dictionaries.projects[series.project].id == firstProject {
                projectTotal += amount
            }
        }
        try BenchFailure.check("Cloud.ru total with VAT", total, equals: dataset.groundTruthWithVAT())
        try BenchFailure.check(
            "Cloud.ru first project total", projectTotal, equals: dataset.groundTruthWithVAT(project: 0))
        try BenchFailure.check(
            "Cloud.ru total without VAT", withoutVAT, equals: dataset.groundTruthWithoutVAT())
        let sample = Swift.min(store.count, 1_000)
        let viewed = MoneyTotals(store.prefix(sample).map(\.amount))[.rub].amount
        let columns = store.amounts.prefix(sample).reduce(Amount.zero) { $0 + Amount(units: $1) }
        try BenchFailure.check("Cloud.ru records shown by the store", viewed, equals: columns)
    }
}

extension TimeZone {
    /// UTC.
    static let gmt = TimeZone(identifier: "UTC")!
}
