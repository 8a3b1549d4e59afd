import CostCore
import Foundation
import Providers
import Simulator
import Testing

/// The Selectel client against the simulator serving the documented alternatives the client
/// does not prefer: the totals still equal the ground truth, and each fallback is said once.
@Suite("Selectel client against the simulator's variations")
struct SelectelVariationTests {
    static let now = CivilDateTime(parsing: "2026-11-20T12:00:00")!.date(utcOffsetSeconds: 0)
    let moscow = TimeZone(identifier: "Europe/Moscow")!

    func withSimulator(
        _ variations: Set<SimulatorVariation>, _ body: (RunningSimulator, SelectelDataset) async throws -> Void
    ) async throws {
        try await Simulator.withRunning(SimulatorConfiguration(port: 0, seed: 7, now: Self.now, variations: variations))
        { simulator in try await body(simulator, simulator.selectel) }
    }

    func client(
        _ simulator: RunningSimulator, auth: SelectelAuth = .xToken, token: String = SimulatorCredentials.selectelToken,
        locale: SelectelLocale = .en, currency: Currency? = nil,
        transport: any HTTPTransport = AsyncHTTPClientTransport()
    ) throws -> SelectelClient {
        let account = SelectelAccount(
            name: "sel-var", endpoint: try Endpoint(simulator.baseURL), token: Secret(token), auth: auth,
            locale: locale, currency: currency, retry: .none)
        return SelectelClient(account: account, transport: transport)
    }

    /// Fetches the last 7 Moscow days and checks the total against the dataset to the kopeck.
    func fetchMatchingTruth(_ client: SelectelClient, _ dataset: SelectelDataset) async throws -> [CostRecord] {
        let range = DatePreset.last7Days.range(now: Self.now, in: moscow)
        let records = try await client.fetchSpend(range: range, granularity: .day, zone: moscow)
        let expected = dataset.totalKopecks(from: range.start, to: range.end)
        #expect(expected > 0)
        #expect(MoneyTotals(records.map(\.amount)) == MoneyTotals([Money(minorUnits: expected, .rub)]))
        return records
    }

    func notes(_ client: SelectelClient, _ kind: FetchNote.Kind) -> [String] {
        client.account.notes.all.filter { $0.kind == kind }.map(\.message)
    }

    @Test func refusedRichGroupTypeFallsBackToDocumentedGroupsKeepingEveryKopeck() async throws {
        try await withSimulator([.selectelDocumentedGroupsOnly]) { simulator, dataset in
            let recording = RecordingTransport()
            let selectel = try client(simulator, transport: recording)
            let records = try await fetchMatchingTruth(selectel, dataset)
            let fallbacks = notes(selectel, .fallback)
            #expect(fallbacks.count == 1)
            #expect(fallbacks.first?.contains("group_type=project_object_region_metric was refused (400)") == true)
            // Every record still names its project (from the objects list) and its object.
            #expect(records.allSatisfy { $0.project != nil && $0.object != nil && $0.service != nil })
            #expect(records.contains { $0.object?.parentID != nil && $0.object?.parentName != nil })
            let range = DatePreset.last7Days.range(now: Self.now, in: moscow)
            for project in dataset.projects {
                let sum = MoneyTotals(records.filter { $0.project?.id == project.id }.map(\.amount))[.rub].amount
                let expected = dataset.totalKopecks(from: range.start, to: range.end, projectID: project.id)
                #expect(sum == Amount(minorUnits: expected, decimals: 2), "\(project.id)")
            }
            // The plan is kept for the run: a second fetch goes straight to the documented types.
            let asked = recording.requests(to: "/v1/cloud_billing/statistic/consumption").count
            _ = try await fetchMatchingTruth(selectel, dataset)
            let again = recording.requests(to: "/v1/cloud_billing/statistic/consumption").dropFirst(asked)
            #expect(again.count == 3)
            #expect(again.allSatisfy { $0.queryValues("group_type") != ["project_object_region_metric"] })
            #expect(notes(selectel, .fallback).count == 1)
        }
    }

    @Test func failingBalancesFallBackToRUBOrTheConfiguredCurrencyAskedOncePerRun() async throws {
        try await withSimulator([.selectelNoBalances]) { simulator, dataset in
            let recording = RecordingTransport()
            let selectel = try client(simulator, transport: recording)
            _ = try await fetchMatchingTruth(selectel, dataset)
            _ = try await fetchMatchingTruth(selectel, dataset)
            #expect(recording.requests(to: "/v3/balances").count == 1)
            let fallbacks = notes(selectel, .fallback)
            #expect(fallbacks.count == 1)
            #expect(fallbacks.first?.hasPrefix("/v3/balances gave no account currency (404") == true)
            #expect(fallbacks.first?.hasSuffix("amounts are read as RUB, the default") == true)

            let euros = try client(simulator, currency: .eur)
            let range = DatePreset.yesterday.range(now: Self.now, in: moscow)
            let records = try await euros.fetchSpend(range: range, granularity: .day, zone: moscow)
            #expect(!records.isEmpty && records.allSatisfy { $0.amount.currency == .eur })
            #expect(
                notes(euros, .fallback).first?.hasSuffix("amounts are read as EUR, the configured currency") == true)
        }
    }

    @Test func aBalancesAnswerWithABadCurrencyIsAFallbackNotAFailure() async throws {
        let transport = ScriptedTransport([
            .success(HTTPResponse(status: 200, body: Array(#"{"settings":{"currency":"₽"}}"#.utf8))),
            .success(
                HTTPResponse(
                    status: 200,
                    body: Array(#"{"status":"success","data":[{"value":500,"period":"2026-11-01T00:00:00"}]}"#.utf8))),
        ])
        let account = SelectelAccount(
            name: "sel", endpoint: try Endpoint("https://api.selectel.ru"), token: Secret("t"), retry: .none)
        let selectel = SelectelClient(account: account, transport: transport)
        let day = DateRange(
            start: CivilDateTime(parsing: "2026-10-31T21:00:00")!.date(utcOffsetSeconds: 0),
            end: CivilDateTime(parsing: "2026-11-01T21:00:00")!.date(utcOffsetSeconds: 0))
        let records = try await selectel.fetchSpend(range: day, granularity: .day, zone: moscow)
        #expect(records.map(\.amount) == [Money(Amount("5")!, .rub)])
        #expect(notes(selectel, .fallback).first?.contains("settings.currency '₽' is not a currency code") == true)
    }

    @Test func rowsUnderExtraAndUnknownKeysAreCountedUnderTheirOwnNames() async throws {
        try await withSimulator([.selectelExtraKeys]) { simulator, dataset in
            let recording = RecordingTransport()
            let records = try await fetchMatchingTruth(try client(simulator, transport: recording), dataset)
            #expect(recording.exchanges.allSatisfy { $0.request.queryValues("provider_keys").isEmpty })
            let range = DatePreset.last7Days.range(now: Self.now, in: moscow)
            for key in SelectelDataset.extraProviderKeys {
                let expected = dataset.totalKopecks(from: range.start, to: range.end, providerKeys: [key])
                #expect(expected > 0, "\(key)")
                let sum = MoneyTotals(records.filter { $0.service == key }.map(\.amount))[.rub].amount
                #expect(sum == Amount(minorUnits: expected, decimals: 2), "\(key)")
            }
        }
    }

    @Test func aRequiredFilterFallsBackToTheKnownKeysAndSaysWhatCannotBeSeen() async throws {
        try await withSimulator([.selectelRequiredKeys]) { simulator, dataset in
            let selectel = try client(simulator)
            _ = try await fetchMatchingTruth(selectel, dataset)
            let fallbacks = notes(selectel, .fallback)
            #expect(fallbacks.count == 1)
            #expect(fallbacks.first?.contains("refused a request without provider_keys (400)") == true)
            #expect(fallbacks.first?.contains("inference, private_storage, netdisk") == true)
        }
        try await withSimulator([.selectelRequiredKeys, .selectelExtraKeys]) { simulator, dataset in
            let selectel = try client(simulator)
            let range = DatePreset.last7Days.range(now: Self.now, in: moscow)
            let records = try await selectel.fetchSpend(range: range, granularity: .day, zone: moscow)
            let known = Set(SelectelAccount.knownProviderKeys)
            let expected = dataset.totalKopecks(from: range.start, to: range.end, providerKeys: known)
            #expect(expected < dataset.totalKopecks(from: range.start, to: range.end))
            #expect(MoneyTotals(records.map(\.amount))[.rub].amount == Amount(minorUnits: expected, decimals: 2))
            #expect(notes(selectel, .fallback).first?.contains("spend under any other service is not shown") == true)
        }
    }

    @Test func periodsWithZOffsetOrFractionLandInTheSameBuckets() async throws {
        var plain: [DateRange] = []
        try await withSimulator([]) { simulator, dataset in
            plain = try await fetchMatchingTruth(try client(simulator), dataset).map(\.period)
        }
        try await withSimulator([.selectelPeriodSuffix]) { simulator, dataset in
            let recording = RecordingTransport()
            let selectel = try client(simulator, transport: recording)
            let records = try await fetchMatchingTruth(selectel, dataset)
            #expect(records.map(\.period) == plain)
            #expect(selectel.account.notes.all.isEmpty)
        }
    }

    @Test func theIAMTokenGoesInXAuthToken() async throws {
        try await withSimulator([]) { simulator, dataset in
            let recording = RecordingTransport()
            _ = try await fetchMatchingTruth(try client(simulator, auth: .xAuthToken, transport: recording), dataset)
            #expect(
                recording.exchanges.allSatisfy { exchange in
                    exchange.request.headers.contains { $0.name == "X-Auth-Token" }
                        && !exchange.request.headers.contains { $0.name == "X-Token" }
                })
            let secret = "expired-iam-\(UUID().uuidString)"
            do {
                let range = DatePreset.yesterday.range(now: Self.now, in: moscow)
                _ = try await client(simulator, auth: .xAuthToken, token: secret).fetchSpend(
                    range: range, granularity: .day, zone: moscow)
                Issue.record("expected 401")
            } catch let error as ProviderError {
                #expect(error.kind == .unauthorized)
                #expect(error.description.contains("Check the X-Auth-Token"))
                #expect(!error.description.contains(secret))
            }
        }
    }

    @Test func theConfiguredLocaleNamesMetrics() async throws {
        try await withSimulator([]) { simulator, _ in
            let range = DatePreset.yesterday.range(now: Self.now, in: moscow)
            let cyrillic: (CostRecord) -> Bool = { record in
                record.metric?.name?.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) } == true
            }
            let russian = try await client(simulator, locale: .ru).fetchSpend(
                range: range, granularity: .day, zone: moscow)
            #expect(russian.contains(where: cyrillic))
            let english = try await client(simulator, locale: .en).fetchSpend(
                range: range, granularity: .day, zone: moscow)
            #expect(!english.contains(where: cyrillic))
        }
    }

    @Test func everyMoneyPreservingVariationAtOnceStillGivesTheGroundTruth() async throws {
        let selectelVariations = SimulatorVariation.moneyPreserving.filter { $0.rawValue.hasPrefix("selectel-") }
        #expect(selectelVariations.count == 4)
        try await withSimulator(SimulatorVariation.moneyPreserving) { simulator, dataset in
            let selectel = try client(simulator, auth: .xAuthToken)
            let records = try await fetchMatchingTruth(selectel, dataset)
            #expect(Set(SelectelDataset.extraProviderKeys).isSubset(of: Set(records.compactMap(\.service))))
            let fallbacks = notes(selectel, .fallback)
            #expect(fallbacks.count == 2)
            #expect(fallbacks.contains { $0.hasPrefix("/v3/balances gave no account currency") })
            #expect(fallbacks.contains { $0.hasPrefix("group_type=project_object_region_metric was refused") })
            #expect(notes(selectel, .warning).isEmpty)
        }
    }
}
