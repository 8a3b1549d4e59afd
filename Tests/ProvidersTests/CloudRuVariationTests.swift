import CostCore
import Foundation
import Providers
import Simulator
import Testing

/// The Cloud.ru client against the simulator serving the answers its documents allow but the
/// client does not prefer: the totals stay the ground truth, and each fallback or skipped value
/// is said in a note.
@Suite("Cloud.ru client against the simulator's variations", .serialized)
struct CloudRuVariationTests {
    static let now = CivilDateTime(parsing: "2026-11-20T12:00:00")!.date(utcOffsetSeconds: 0)
    static let cloudRuVariations: Set<SimulatorVariation> = [
        .cloudRuExclusiveEnd, .cloudRuZoneMidnight, .cloudRuFailedConsumption, .cloudRuShortPages, .cloudRuV1Only,
        .cloudRuOddFields,
    ]
    let utcZone = TimeZone(identifier: "UTC")!

    func withSimulator(
        _ variations: Set<SimulatorVariation>, _ body: (RunningSimulator, CloudRuDataset) async throws -> Void
    ) async throws {
        try await Simulator.withRunning(
            SimulatorConfiguration(port: 0, seed: 11, now: Self.now, variations: variations)
        ) { simulator in try await body(simulator, simulator.cloudRu) }
    }

    func account(
        _ simulator: RunningSimulator, dataset: CloudRuDataset, projects: Bool = false,
        version: CloudRuAPIVersion = .v1, pageSize: Int? = nil, retry: RetryPolicy = .none
    ) throws -> CloudRuAccount {
        CloudRuAccount(
            name: "cr-variation", endpoint: try Endpoint(simulator.baseURL),
            iamEndpoint: try Endpoint(simulator.baseURL), keyID: Secret(SimulatorCredentials.cloudRuKeyID),
            secret: Secret(SimulatorCredentials.cloudRuSecret), agreementID: dataset.agreementID,
            projectIDs: projects ? dataset.projects.map(\.id) : [], apiVersion: version, pageSize: pageSize,
            retry: retry)
    }

    func lastDays(_ count: Int) -> DateRange {
        let today = Date(timeIntervalSince1970: (Self.now.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
        return DateRange(start: today.addingTimeInterval(Double(-count) * 86_400), end: today)
    }

    /// Fetches `range` and checks the total with VAT and the row count against the ground truth.
    func expectGroundTruth(
        _ client: CloudRuClient, _ dataset: CloudRuDataset, _ range: DateRange
    ) async throws -> [CostRecord] {
        let records = try await client.fetchSpend(range: range, granularity: .day, zone: utcZone)
        let expected = dataset.totalAmountWithVAT(from: range.start, to: range.end)
        #expect(expected > .zero)
        #expect(MoneyTotals(records.map(\.amount))[.rub].amount == expected)
        #expect(records.count == dataset.rowCount(from: range.start, to: range.end))
        return records
    }

    func notes(_ client: CloudRuClient, _ kind: FetchNote.Kind) -> [String] {
        client.account.notes.all.filter { $0.kind == kind }.map(\.message)
    }

    // MARK: end_date

    @Test(arguments: [false, true])
    func theTotalsAreRightWhetherEndDateCountsItsDayOrNot(exclusiveEnd: Bool) async throws {
        try await withSimulator(exclusiveEnd ? [.cloudRuExclusiveEnd] : []) { simulator, dataset in
            let range = lastDays(6)
            let transport = RecordingTransport()
            let client = CloudRuClient(
                account: try account(simulator, dataset: dataset, pageSize: 2_000), transport: transport)
            let records = try await expectGroundTruth(client, dataset, range)
            // Every record lies in the range, though the last request reached into the day after it.
            #expect(records.allSatisfy { $0.period.start >= range.start && $0.period.end <= range.end })
            let ends = transport.requests(to: "/v1/consumption").compactMap { $0.queryValues("end_date").first }
            #expect(ends.contains(RFC3339.text(range.end)))
        }
    }

    // MARK: usedate at the zone's midnight

    @Test func rowsStampedAtMoscowMidnightCountOnTheirMoscowDay() async throws {
        try await withSimulator([.cloudRuZoneMidnight]) { simulator, dataset in
            let range = lastDays(5)
            let client = CloudRuClient(
                account: try account(simulator, dataset: dataset), transport: AsyncHTTPClientTransport())
            let records = try await expectGroundTruth(client, dataset, range)
            for offset in 0..<5 {
                let day = range.start.addingTimeInterval(Double(offset) * 86_400)
                let mine = records.filter { $0.period.start == day }
                #expect(
                    mine.reduce(Amount.zero) { $0 + $1.amount.amount }
                        == dataset.totalAmountWithVAT(from: day, to: day.addingTimeInterval(86_400)))
            }
        }
    }

    @Test func aUsedateOffUTCMidnightBelongsToItsDayInTheAccountsZone() throws {
        func day(_ text: String, _ zone: String) -> String {
            let date = RFC3339.instant(text)!
            var days = CloudRuUseDay(zone: TimeZone(identifier: zone)!)
            return RFC3339.text(Date(timeIntervalSince1970: TimeInterval(days.day(of: date)) * 86_400))
        }
        // Moscow midnight of 1 June is 1 June in Moscow (and 31 May in UTC).
        #expect(day("2024-05-31T21:00:00Z", "Europe/Moscow") == "2024-06-01T00:00:00Z")
        #expect(day("2024-05-31T21:00:00Z", "UTC") == "2024-05-31T00:00:00Z")
        // UTC midnight is its UTC date in every zone, even one behind UTC.
        #expect(day("2024-06-01T00:00:00Z", "America/New_York") == "2024-06-01T00:00:00Z")
        #expect(day("2024-06-01T00:00:00Z", "Europe/Moscow") == "2024-06-01T00:00:00Z")
        // Any other instant: its date in the zone.
        #expect(day("2024-08-14T07:50:48.912Z", "Asia/Vladivostok") == "2024-08-14T00:00:00Z")
        #expect(day("2024-08-14T20:50:48Z", "Asia/Vladivostok") == "2024-08-15T00:00:00Z")
    }

    // MARK: failed to get consumption

    @Test func failedConsumptionIsRetriedThenAskedForShorterPeriodsAndSmallerPages() async throws {
        try await withSimulator([.cloudRuFailedConsumption]) { simulator, dataset in
            let range = lastDays(14)
            let transport = RecordingTransport()
            let retries = RetryPolicy(maxAttempts: 2, baseDelay: .zero, sleep: { _ in })
            let client = CloudRuClient(
                account: try account(simulator, dataset: dataset, retry: retries), transport: transport)
            _ = try await expectGroundTruth(client, dataset, range)
            let exchanges = transport.exchanges.filter { $0.request.url.path == "/v1/consumption" }
            let limits = exchanges.map { Int($0.request.queryValues("page_filter.limit").first ?? "") ?? 0 }
            // The default page is 10 000 rows, asked twice (the retry) before anything is halved.
            #expect(limits.prefix(2) == [CloudRuAccount.defaultPageSize, CloudRuAccount.defaultPageSize])
            #expect(exchanges.prefix(2).allSatisfy { $0.status == 500 })
            // Every answered request asked at most 5 000 rows over at most 10 days.
            for exchange in exchanges where exchange.status == 200 {
                let start = RFC3339.instant(exchange.request.queryValues("start_date").first ?? "")!
                let end = RFC3339.instant(exchange.request.queryValues("end_date").first ?? "")!
                #expect(end.timeIntervalSince(start) <= 10 * 86_400)
                #expect((Int(exchange.request.queryValues("page_filter.limit").first ?? "") ?? .max) <= 5_000)
            }
            #expect(notes(client, .fallback).contains { $0.contains("failed to get consumption") })
        }
    }

    @Test func failedConsumptionForASingleDayAtTheSmallestPageStillFails() async throws {
        try await withSimulator([]) { simulator, dataset in
            let old = DateRange(start: dataset.historyStart.addingTimeInterval(-2 * 86_400), end: dataset.historyStart)
            let transport = RecordingTransport()
            let client = CloudRuClient(
                account: try account(simulator, dataset: dataset, pageSize: 1_000), transport: transport)
            let error = await #expect(throws: ProviderError.self) {
                try await client.fetchSpend(range: old, granularity: .day, zone: utcZone)
            }
            #expect(error?.advice?.contains("Shorten the date range") == true)
            // Two days, then the first of them alone: then there is nothing left to shorten.
            #expect(transport.requests(to: "/v1/consumption").count == 2)
        }
    }

    // MARK: short v1 pages

    @Test func shortV1PagesAreReadOnUntilAnEmptyPage() async throws {
        try await withSimulator([.cloudRuShortPages]) { simulator, dataset in
            let range = lastDays(2)
            let transport = RecordingTransport()
            let client = CloudRuClient(
                account: try account(simulator, dataset: dataset, pageSize: 300), transport: transport)
            _ = try await expectGroundTruth(client, dataset, range)
            let pages = transport.requests(to: "/v1/consumption")
            #expect(pages.count > 2)
            #expect(pages.map { $0.queryValues("page_filter.page") } == (1...pages.count).map { [String($0)] })
            #expect(notes(client, .fallback).contains { $0.contains("fewer rows than page_filter.limit") })
        }
    }

    @Test func aShortPageThatIsTheEndCostsOneMoreRequestAndNoNote() async throws {
        try await withSimulator([]) { simulator, dataset in
            let range = lastDays(2)
            let transport = RecordingTransport()
            let client = CloudRuClient(
                account: try account(simulator, dataset: dataset, pageSize: 30_000), transport: transport)
            _ = try await expectGroundTruth(client, dataset, range)
            #expect(
                transport.requests(to: "/v1/consumption").map { $0.queryValues("page_filter.page") } == [["1"], ["2"]])
            #expect(client.account.notes.all.isEmpty)
        }
    }

    // MARK: native fields

    @Test func recordsKeepPlatformAgreementConnectionTheOtherAmountAndMeta() async throws {
        try await withSimulator([]) { simulator, dataset in
            let range = lastDays(2)
            let client = CloudRuClient(
                account: try account(simulator, dataset: dataset, projects: true), transport: AsyncHTTPClientTransport()
            )
            let records = try await expectGroundTruth(client, dataset, range)
            let truth = dataset.rows(from: range.start, to: range.end)
            #expect(records.count == truth.count)
            for (record, row) in zip(records.sorted(by: Self.order), truth.sorted(by: Self.order)) {
                #expect(record.native["platform"] == row.platform)
                #expect(record.native["dog_id"] == dataset.contractID)
                #expect(record.native["dmid"] == String(row.dmid))
                #expect(record.native["amount_without_vat"] == row.amount.description)
                let resource = try #require(dataset.resource(id: row.resourceID))
                let meta = record.native.filter { $0.key.hasPrefix("meta.") }
                #expect(meta == Dictionary(uniqueKeysWithValues: resource.meta.map { ("meta." + $0.key, $0.value) }))
            }
        }
    }

    static func order(_ a: CostRecord, _ b: CostRecord) -> Bool {
        (a.period.start, a.object?.id ?? "", a.metric?.id ?? "", a.amount.amount.description)
            < (b.period.start, b.object?.id ?? "", b.metric?.id ?? "", b.amount.amount.description)
    }

    static func order(_ a: CloudRuRow, _ b: CloudRuRow) -> Bool {
        (a.usedate, a.resourceID, a.sku, a.amountWithVAT.description)
            < (b.usedate, b.resourceID, b.sku, b.amountWithVAT.description)
    }

    // MARK: v2 → v1

    @Test func theDefaultIsV1AndV2FallsBackToV1OnA404() async throws {
        let defaults = CloudRuAccount(
            name: "d", endpoint: try Endpoint("https://organization.api.cloud.ru"),
            iamEndpoint: try Endpoint("https://iam.api.cloud.ru"), keyID: Secret("k"), secret: Secret("s"),
            agreementID: "a")
        #expect(defaults.apiVersion == .v1)
        #expect(defaults.pageSize == CloudRuAccount.defaultPageSize)
        #expect(defaults.pageSize < CloudRuAccount.maxV1PageSize)
        try await withSimulator([.cloudRuV1Only]) { simulator, dataset in
            let transport = RecordingTransport()
            let client = CloudRuClient(
                account: try account(simulator, dataset: dataset, projects: true, version: .v2), transport: transport)
            _ = try await expectGroundTruth(client, dataset, lastDays(4))
            let v2 = transport.exchanges.filter { $0.request.url.path == "/v2/consumption" }
            #expect(!v2.isEmpty)
            #expect(v2.allSatisfy { $0.status == 404 })
            #expect(!transport.requests(to: "/v1/consumption").isEmpty)
            #expect(notes(client, .fallback).contains { $0.contains("404") && $0.contains("/v1/consumption") })
            // Later fetches go straight to v1.
            let before = v2.count
            _ = try await client.fetchSpend(range: lastDays(2), granularity: .day, zone: utcZone)
            #expect(transport.requests(to: "/v2/consumption").count == before)
        }
    }

    // MARK: lenient fields

    @Test func oddValuesInFieldsWithoutMoneyAreWarningsAndTheMoneyStays() async throws {
        try await withSimulator([.cloudRuOddFields]) { simulator, dataset in
            let client = CloudRuClient(
                account: try account(simulator, dataset: dataset), transport: AsyncHTTPClientTransport())
            let records = try await expectGroundTruth(client, dataset, lastDays(3))
            let warnings = notes(client, .warning)
            #expect(warnings.contains("usefact 'n/a' is not a number: the row's quantity is left empty"))
            #expect(warnings.contains("unit is an object, not text: left out"))
            #expect(warnings.contains("meta.labels is an object, not text: left out"))
            #expect(records.contains { $0.quantity == nil && $0.unit == nil })
            #expect(records.contains { $0.quantity != nil && $0.unit != nil })
            #expect(client.account.notes.all.allSatisfy { $0.account == "cr-variation" })
        }
    }

    @Test func aLenientFieldNeverLoosensTheMoney() {
        let odd =
            #"{"consumptions":[{"sku":"s","servname":"v","usedate":"2026-11-19T00:00:00Z","amount":1,"#
            + #""amount_nds":1.2,"usefact":[1],"cost":"x","unit":5,"dmid":{"a":1},"meta":"flat"}]}"#
        var interner = StringInterner()
        let page = try? CloudRuConsumptionPage.decode(Array(odd.utf8), interner: &interner)
        #expect(page?.rows.first?.amountWithVAT == Amount("1.2"))
        #expect(page?.rows.first?.unit == "5")
        #expect(page?.rows.first?.quantity == nil)
        #expect(
            page?.warnings == [
                "usefact is an array, not a number: the row's quantity is left empty",
                "cost 'x' is not a number: the row's tariff is left empty",
                "dmid is an object, not text: left out",
                "meta is a string, not an object: left out",
            ])
        let badMoney =
            #"{"consumptions":[{"sku":"s","servname":"v","usedate":"2026-11-19T00:00:00Z","amount":"n/a","#
            + #""amount_nds":1.2}]}"#
        #expect(throws: JSONError.self) { try CloudRuConsumptionPage.decode(Array(badMoney.utf8)) }
    }

    // MARK: all at once

    @Test func everyCloudRuVariationAtOnceKeepsTheGroundTruth() async throws {
        #expect(Self.cloudRuVariations.isSubset(of: SimulatorVariation.moneyPreserving))
        try await withSimulator(Self.cloudRuVariations) { simulator, dataset in
            let client = CloudRuClient(
                account: try account(simulator, dataset: dataset, projects: true, version: .v2),
                transport: AsyncHTTPClientTransport())
            _ = try await expectGroundTruth(client, dataset, lastDays(12))
            let fallbacks = notes(client, .fallback)
            #expect(fallbacks.contains { $0.contains("404") })
            #expect(fallbacks.contains { $0.contains("failed to get consumption") })
            #expect(fallbacks.contains { $0.contains("fewer rows than page_filter.limit") })
            #expect(notes(client, .warning).contains { $0.hasPrefix("usefact") })
        }
    }
}
