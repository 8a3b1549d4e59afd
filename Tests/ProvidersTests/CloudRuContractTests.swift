import CostCore
import Foundation
import Providers
import Simulator
import Testing

/// The Cloud.ru client against the built-in simulator over real loopback HTTP.
@Suite("Cloud.ru client against the simulator")
struct CloudRuContractTests {
    static let now = CivilDateTime(parsing: "2026-11-20T12:00:00")!.date(utcOffsetSeconds: 0)
    let utcZone = TimeZone(identifier: "UTC")!

    func withSimulator(
        tokenLifetime: Duration = .seconds(3600), _ body: (RunningSimulator, CloudRuDataset) async throws -> Void
    ) async throws {
        try await Simulator.withRunning(
            SimulatorConfiguration(port: 0, seed: 11, now: Self.now, cloudRuTokenLifetime: tokenLifetime)
        ) { simulator in try await body(simulator, simulator.cloudRu) }
    }

    func account(
        _ simulator: RunningSimulator, dataset: CloudRuDataset, projects: Bool = true, version: CloudRuAPIVersion = .v2,
        pageSize: Int? = nil, includeVAT: Bool = true, maxDays: Int = 31,
        secret: String = SimulatorCredentials.cloudRuSecret,
        agreement: String? = nil, services: [String] = []
    ) throws -> CloudRuAccount {
        CloudRuAccount(
            name: "cr-test", endpoint: try Endpoint(simulator.baseURL), iamEndpoint: try Endpoint(simulator.baseURL),
            keyID: Secret(SimulatorCredentials.cloudRuKeyID), secret: Secret(secret),
            agreementID: agreement ?? dataset.agreementID, projectIDs: projects ? dataset.projects.map(\.id) : [],
            projectNames: Dictionary(uniqueKeysWithValues: dataset.projects.map { ($0.id, $0.name) }),
            serviceNames: services, apiVersion: version, pageSize: pageSize, includeVAT: includeVAT,
            maxDaysPerQuery: maxDays, retry: .none)
    }

    func lastDays(_ count: Int) -> DateRange {
        let today = Date(timeIntervalSince1970: (Self.now.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
        return DateRange(start: today.addingTimeInterval(Double(-count) * 86_400), end: today)
    }

    @Test func v2TotalsWithVATMatchTheSimulatorsRowsExactly() async throws {
        try await withSimulator { simulator, dataset in
            let range = lastDays(30)
            let transport = RecordingTransport()
            let client = CloudRuClient(account: try account(simulator, dataset: dataset), transport: transport)
            let records = try await client.fetchSpend(range: range, granularity: .day, zone: utcZone)
            let totals = MoneyTotals(records.map(\.amount))
            #expect(totals.currencies == [.rub])
            let expected = dataset.totalAmountWithVAT(from: range.start, to: range.end)
            #expect(expected > .zero)
            #expect(totals[.rub].amount == expected)
            #expect(records.count == dataset.rowCount(from: range.start, to: range.end))
            // Every request carried a bearer token from one exchange.
            let consumption = transport.requests(to: "/v2/consumption")
            #expect(!consumption.isEmpty)
            #expect(consumption.allSatisfy { $0.header("Authorization")?.hasPrefix("Bearer ") == true })
            #expect(transport.requests(to: "/api/v1/auth/token").count == 1)
        }
    }

    @Test func everyRowIsAttributedToTheProjectItWasQueriedFor() async throws {
        try await withSimulator { simulator, dataset in
            let range = lastDays(14)
            let transport = RecordingTransport()
            let client = CloudRuClient(
                account: try account(simulator, dataset: dataset, includeVAT: false), transport: transport)
            let records = try await client.fetchSpend(range: range, granularity: .day, zone: utcZone)
            for project in dataset.projects {
                let mine = records.filter { $0.project?.id == project.id }
                let sum = mine.reduce(Amount.zero) { $0 + $1.amount.amount }
                #expect(sum == dataset.totalAmount(from: range.start, to: range.end, projectIDs: [project.id]))
                #expect(mine.allSatisfy { $0.project?.name == project.name })
            }
            // One query per project, each naming exactly one project and no agreement.
            let queries = transport.requests(to: "/v2/consumption")
            #expect(Set(queries.flatMap { $0.queryValues("project_ids") }) == Set(dataset.projects.map(\.id)))
            #expect(queries.allSatisfy { $0.queryValues("project_ids").count == 1 })
            #expect(queries.allSatisfy { $0.queryValues("agreement_id").isEmpty })
        }
    }

    @Test func v1PagesToTheEndWithSmallPages() async throws {
        try await withSimulator { simulator, dataset in
            let range = lastDays(7)
            let transport = RecordingTransport()
            let client = CloudRuClient(
                account: try account(
                    simulator, dataset: dataset, projects: false, version: .v1, pageSize: 97, includeVAT: false),
                transport: transport)
            let records = try await client.fetchSpend(range: range, granularity: .day, zone: utcZone)
            let expectedRows = dataset.rowCount(from: range.start, to: range.end)
            #expect(records.count == expectedRows)
            let sum = records.reduce(Amount.zero) { $0 + $1.amount.amount }
            #expect(sum == dataset.totalAmount(from: range.start, to: range.end))
            let pages = transport.requests(to: "/v1/consumption")
            // The last page is short; the empty page after it confirms the end.
            try #require(expectedRows % 97 != 0)
            #expect(pages.count == expectedRows / 97 + 2)
            #expect(pages.map { $0.queryValues("page_filter.page") } == (1...pages.count).map { [String($0)] })
            #expect(pages.allSatisfy { $0.queryValues("page_filter.limit") == ["97"] })
            #expect(pages.allSatisfy { $0.queryValues("agreement_id") == [dataset.agreementID] })
            #expect(records.allSatisfy { $0.project == nil })
        }
    }

    @Test func v2FollowsPageTokensAndSendsServiceFilters() async throws {
        try await withSimulator { simulator, dataset in
            let range = lastDays(10)
            let services = Array(dataset.services.prefix(2))
            let transport = RecordingTransport()
            let client = CloudRuClient(
                account: try account(simulator, dataset: dataset, projects: false, pageSize: 50, services: services),
                transport: transport)
            let records = try await client.fetchSpend(range: range, granularity: .day, zone: utcZone)
            let expected = dataset.totalAmountWithVAT(from: range.start, to: range.end, services: Set(services))
            #expect(records.reduce(Amount.zero) { $0 + $1.amount.amount } == expected)
            #expect(Set(records.compactMap(\.service)).isSubset(of: Set(services)))
            let pages = transport.requests(to: "/v2/consumption")
            #expect(pages.count > 1)
            #expect(pages.first?.queryValues("page_filter.page_token") == [])
            #expect(pages.dropFirst().allSatisfy { $0.queryValues("page_filter.page_token").count == 1 })
            #expect(pages.allSatisfy { $0.queryValues("service_names") == services })
        }
    }

    @Test func longRangesAreSplitIntoWindowsThatTileTheRange() async throws {
        try await withSimulator { simulator, dataset in
            let range = lastDays(30)
            let transport = RecordingTransport()
            let client = CloudRuClient(
                account: try account(simulator, dataset: dataset, projects: false, maxDays: 7), transport: transport)
            let records = try await client.fetchSpend(range: range, granularity: .day, zone: utcZone)
            #expect(
                records.reduce(Amount.zero) { $0 + $1.amount.amount }
                    == dataset.totalAmountWithVAT(from: range.start, to: range.end))
            let firstPages = transport.requests(to: "/v2/consumption").filter {
                $0.queryValues("page_filter.page_token").isEmpty
            }
            let windows = firstPages.compactMap { request -> (String, String)? in
                guard let start = request.queryValues("start_date").first,
                    let end = request.queryValues("end_date").first
                else { return nil }
                return (start, end)
            }.sorted { $0.0 < $1.0 }
            #expect(windows.count == 5)
            // From the first day's Moscow midnight (before its UTC one) through the day after the last.
            #expect(windows.first?.0 == RFC3339.text(range.start.addingTimeInterval(-3 * 3_600)))
            #expect(windows.last?.1 == RFC3339.text(range.end))
        }
    }

    @Test func recordsCarryServiceResourceSKUAndTariff() async throws {
        try await withSimulator { simulator, dataset in
            let range = lastDays(2)
            let client = CloudRuClient(
                account: try account(simulator, dataset: dataset), transport: AsyncHTTPClientTransport())
            let records = try await client.fetchSpend(range: range, granularity: .day, zone: utcZone)
            let record = try #require(records.first)
            #expect(record.provider == .cloudru)
            #expect(record.service != nil)
            #expect(record.object?.id != nil)
            #expect(record.metric != nil)
            #expect(record.native["tariff"] != nil)
            #expect(record.native["amount_without_vat"] != nil)
            #expect(record.native["encode_id"]?.count == 32)
            #expect(record.period.end.timeIntervalSince(record.period.start) == 86_400)
            #expect(Int(record.period.start.timeIntervalSince1970) % 86_400 == 0)
        }
    }

    static let onePage =
        #"{"consumptions":[{"sku":"s","servname":"v","usedate":"2026-11-19T00:00:00Z","amount":1,"amount_nds":1.2}]}"#

    func scriptedAccount() throws -> CloudRuAccount {
        CloudRuAccount(
            name: "cr-scripted", endpoint: try Endpoint("https://organization.api.cloud.ru"),
            iamEndpoint: try Endpoint("https://iam.api.cloud.ru"), keyID: Secret("key"), secret: Secret("secret"),
            agreementID: "agreement", apiVersion: .v2, retry: .none)
    }

    static func token(_ value: String, expiresIn: Int) -> Result<HTTPResponse, TransportError> {
        .success(
            HTTPResponse(status: 200, body: Array(#"{"access_token":"\#(value)","expires_in":\#(expiresIn)}"#.utf8)))
    }

    @Test func aTokenRejectedMidFetchIsExchangedAgainOnce() async throws {
        let transport = ScriptedTransport([
            Self.token("first", expiresIn: 3600),
            .success(HTTPResponse(status: 401, body: Array(#"{"code":16,"message":"access token expired"}"#.utf8))),
            Self.token("second", expiresIn: 3600),
            .success(HTTPResponse(status: 200, body: Array(Self.onePage.utf8))),
        ])
        let client = CloudRuClient(account: try scriptedAccount(), transport: transport)
        let records = try await client.fetchSpend(range: lastDays(1), granularity: .day, zone: utcZone)
        #expect(records.map(\.amount) == [Money(Amount("1.2")!, .rub)])
        let sent = transport.requests
        #expect(
            sent.map(\.url.path) == ["/api/v1/auth/token", "/v2/consumption", "/api/v1/auth/token", "/v2/consumption"])
        #expect(sent[1].header("Authorization") == "Bearer first")
        #expect(sent[3].header("Authorization") == "Bearer second")
    }

    @Test func aTokenIsRenewedBeforeItExpires() async throws {
        // expires_in 0: already due for renewal, so the second fetch exchanges the key again.
        let transport = ScriptedTransport([
            Self.token("first", expiresIn: 0),
            .success(HTTPResponse(status: 200, body: Array(Self.onePage.utf8))),
            Self.token("second", expiresIn: 3600),
            .success(HTTPResponse(status: 200, body: Array(Self.onePage.utf8))),
        ])
        let client = CloudRuClient(account: try scriptedAccount(), transport: transport)
        _ = try await client.fetchSpend(range: lastDays(1), granularity: .day, zone: utcZone)
        _ = try await client.fetchSpend(range: lastDays(1), granularity: .day, zone: utcZone)
        let sent = transport.requests
        #expect(sent.filter { $0.url.path == "/api/v1/auth/token" }.count == 2)
        #expect(sent.last?.header("Authorization") == "Bearer second")
    }

    @Test func aTokenThatKeepsBeingRefusedEndsAsUnauthorized() async throws {
        let refusal = Result<HTTPResponse, TransportError>.success(
            HTTPResponse(status: 401, body: Array(#"{"code":16,"message":"invalid access token"}"#.utf8)))
        let transport = ScriptedTransport([
            Self.token("a", expiresIn: 3600), refusal, Self.token("b", expiresIn: 3600), refusal,
        ])
        let client = CloudRuClient(account: try scriptedAccount(), transport: transport)
        let error = await #expect(throws: ProviderError.self) {
            try await client.fetchSpend(range: lastDays(1), granularity: .day, zone: utcZone)
        }
        #expect(error?.kind == .unauthorized)
        #expect(transport.requests.count == 4)
    }

    @Test func aWrongSecretIsUnauthorizedAndNeverQuoted() async throws {
        try await withSimulator { simulator, dataset in
            let secret = "do-not-print-this-secret-7731"
            let client = CloudRuClient(
                account: try account(simulator, dataset: dataset, secret: secret), transport: AsyncHTTPClientTransport()
            )
            let error = await #expect(throws: ProviderError.self) {
                try await client.fetchSpend(range: lastDays(3), granularity: .day, zone: utcZone)
            }
            #expect(error?.kind == .unauthorized)
            let text = error?.description ?? ""
            #expect(text.contains("Cloud.ru (cr-test) POST /api/v1/auth/token"))
            #expect(text.contains("key_id and secret"))
            #expect(!text.contains(secret))
            #expect(!text.contains(SimulatorCredentials.cloudRuKeyID))
        }
    }

    @Test func anUnknownAgreementGivesTheDocumentedMessageWithAdvice() async throws {
        try await withSimulator { simulator, dataset in
            let client = CloudRuClient(
                account: try account(
                    simulator, dataset: dataset, projects: false, agreement: "00000000-0000-0000-0000-000000000000"),
                transport: AsyncHTTPClientTransport())
            let error = await #expect(throws: ProviderError.self) {
                try await client.fetchSpend(range: lastDays(3), granularity: .day, zone: utcZone)
            }
            #expect(error?.kind == .rejected(status: 500, message: "failed to get agreement"))
            #expect(error?.advice?.contains("agreement_id") == true)
        }
    }

    @Test func aPeriodBeforeTheHistoryAdvisesAShorterRange() async throws {
        try await withSimulator { simulator, dataset in
            let client = CloudRuClient(
                account: try account(simulator, dataset: dataset, projects: false),
                transport: AsyncHTTPClientTransport())
            let old = DateRange(
                start: dataset.historyStart.addingTimeInterval(-40 * 86_400), end: dataset.historyStart)
            let error = await #expect(throws: ProviderError.self) {
                try await client.fetchSpend(range: old, granularity: .day, zone: utcZone)
            }
            #expect(error?.kind == .serverError(status: 500, message: "failed to get consumption"))
            let text = error?.description ?? ""
            #expect(
                text.contains("Cloud.ru (cr-test) GET /v2/consumption: 500 server error: failed to get consumption"))
            #expect(text.contains("Shorten the date range"))
        }
    }

    @Test func anAccountWithNeitherAgreementNorProjectsSaysWhatToSet() async throws {
        try await withSimulator { simulator, dataset in
            var configured = try account(simulator, dataset: dataset, projects: false)
            configured.agreementID = nil
            let client = CloudRuClient(account: configured, transport: AsyncHTTPClientTransport())
            let error = await #expect(throws: ProviderError.self) {
                try await client.fetchSpend(range: lastDays(3), granularity: .day, zone: utcZone)
            }
            #expect(error?.advice?.contains("agreement_id") == true)
        }
    }
}
