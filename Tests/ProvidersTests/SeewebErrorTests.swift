import CostCore
import Foundation
import Providers
import Testing

/// The Seeweb client against scripted answers: retries, documented error bodies, malformed
/// answers, and the seed's samples end to end.
@Suite("Seeweb client: errors and retries")
struct SeewebErrorTests {
    static let secret = "seeweb-secret-token-93d1"
    static let march = DateRange(
        start: CivilDateTime(parsing: "2026-03-10T00:00:00")!.date(utcOffsetSeconds: 0),
        end: CivilDateTime(parsing: "2026-03-11T00:00:00")!.date(utcOffsetSeconds: 0))
    static let rome = TimeZone(identifier: "Europe/Rome")!

    static func client(_ transport: ScriptedTransport, format: SeewebAccount.Format = .json, attempts: Int = 1)
        -> SeewebClient
    {
        let account = SeewebAccount(
            name: "seeweb-test", token: Secret(secret), format: format,
            retry: RetryPolicy(maxAttempts: attempts, baseDelay: .milliseconds(1), maxDelay: .milliseconds(5)),
            now: { CivilDateTime(parsing: "2026-03-15T10:25:00")!.date(utcOffsetSeconds: 0) })
        return SeewebClient(account: account, transport: transport)
    }

    static func answer(_ status: Int, _ body: String, headers: [(name: String, value: String)] = [])
        -> Result<HTTPResponse, TransportError>
    {
        .success(HTTPResponse(status: status, headers: headers, body: Array(body.utf8)))
    }

    static func seewebError(_ code: Int, _ status: String, _ message: String) -> String {
        #"{"error": {"error_code": \#(code), "status": "\#(status)", "message": "\#(message)"}}"#
    }

    func fetch(_ client: SeewebClient) async throws(ProviderError) -> [CostRecord] {
        try await client.fetchSpend(range: Self.march, granularity: .day, zone: Self.rome)
    }

    @Test("The seed's samples, once valid, become exact records for April 2024")
    func seedSamplesEndToEnd() async throws {
        let transport = ScriptedTransport([
            Self.answer(200, SeewebSamples.servers), Self.answer(200, SeewebSamples.templates),
        ])
        let seeweb = Self.client(transport)
        let april2024 = try #require(
            seeweb.billingMonths(
                overlapping: DateRange(
                    start: CivilDateTime(parsing: "2024-04-10T00:00:00")!.date(utcOffsetSeconds: 0),
                    end: CivilDateTime(parsing: "2024-04-11T00:00:00")!.date(utcOffsetSeconds: 0))
            ).first)
        #expect(april2024.description == "2024-04")
        // 1 April 2024 00:00 CEST is 31 March 22:00Z.
        #expect(april2024.period.start == CivilDateTime(parsing: "2024-03-31T22:00:00")!.date(utcOffsetSeconds: 0))
        let records = try await seeweb.fetchSpend(range: april2024.period, granularity: .month, zone: Self.rome)
        #expect(
            transport.requests.map(\.url.absoluteString) == [
                "https://api.seeweb.it/ecs/v2/billing/servers/2024/4?type=json",
                "https://api.seeweb.it/ecs/v2/billing/templates/2024/4?type=json",
            ])
        #expect(records.map { $0.metric?.id ?? "" } == ["online", "reserved 26", "template"])
        #expect(
            records.map(\.amount) == [
                Money(Amount("0.02")!, .eur), Money(Amount("2.62")!, .eur), Money(Amount(2), .eur),
            ])
        #expect(records.map(\.quantity) == [Amount(1), Amount(181), nil])
        let reserved = records[1]
        #expect(reserved.provider == .seeweb && reserved.account == "seeweb-test")
        #expect(reserved.project == nil)
        #expect(reserved.object == ObjectRef(id: "ec200200", name: "centos-ecs1-it-fr2-1713866700891", type: "server"))
        #expect(reserved.service == "ECS1")
        #expect(reserved.period == april2024.period)
        #expect(
            reserved.native == [
                "year": "2024", "month": "4", "part": "reserved", "cost": "2.64", "status": "Booted",
                "creation_date": "2024-04-23T10:06:22.973332+00:00", "billed_hours": "182", "original_cost": "3.09",
                "offline_discount": "20", "offline_reduction": "0", "reserved_plan": "26", "reserved_discount": "15",
                "reserved_reduction": "0.46", "reserved_start_date": "2024-04-23T10:06:22.973332+00:00",
                "reserved_end_date": "2024-10-23T10:06:22.973332+00:00",
            ])
        let template = records[2]
        #expect(template.object == ObjectRef(id: "ei100026", name: nil, type: "template"))
        #expect(template.service == "template")
        #expect(template.native["part"] == "template" && template.native["status"] == "Created")
    }

    @Test("When the parts do not add up to the cost, a rounding record makes up the difference")
    func roundingRecord() async throws {
        let body = SeewebSamples.servers.replacingOccurrences(of: "\"cost\": 2.64", with: "\"cost\": 2.65")
        let transport = ScriptedTransport([Self.answer(200, body), Self.answer(200, "[]")])
        let records = try await fetch(Self.client(transport))
        #expect(records.map { $0.metric?.id ?? "" } == ["online", "reserved 26", "rounding"])
        #expect(records[2].amount == Money(Amount("0.01")!, .eur))
        #expect(records[2].quantity == nil && records[2].unit == nil)
        #expect(records.reduce(Amount.zero) { $0 + $1.amount.amount } == Amount("2.65")!)
    }

    @Test("The documented sample as sent, trailing comma and all, is a malformed answer naming where")
    func documentedSampleIsMalformed() async throws {
        let transport = ScriptedTransport(status: 200, body: SeewebSamples.documentedServers)
        let error = await #expect(throws: ProviderError.self) { _ = try await fetch(Self.client(transport)) }
        #expect(error?.kind == .malformedResponse("line 34, column 2 (at [0]): trailing comma before ']'"))
        #expect(error?.description.hasPrefix("Seeweb ECS (seeweb-test) GET /ecs/v2/billing/servers/2026/3:") == true)
        #expect(error?.description.contains(Self.secret) == false)
    }

    @Test("A malformed CSV answer names the line and column")
    func malformedCSV() async throws {
        let body = SeewebSamples.serversCSV.replacingOccurrences(of: "online,650,11.05", with: "online,650,eleven")
        let transport = ScriptedTransport(status: 200, body: body)
        let error = await #expect(throws: ProviderError.self) {
            _ = try await fetch(Self.client(transport, format: .csv))
        }
        #expect(error?.kind == .malformedResponse("CSV line 6, column 'price': expected a decimal number"))
    }

    @Test("5xx and 429 are retried, honouring Retry-After, then succeed")
    func transientFailuresAreRetried() async throws {
        let transport = ScriptedTransport([
            Self.answer(503, Self.seewebError(503, "Service Unavailable", "try later")),
            Self.answer(429, Self.seewebError(429, "Too Many Requests", "slow down"), headers: [("Retry-After", "0")]),
            .failure(.connectionClosed(host: "example.com")),
            Self.answer(200, SeewebSamples.servers),
            Self.answer(200, SeewebSamples.templates),
        ])
        let records = try await fetch(Self.client(transport, attempts: 4))
        #expect(records.count == 3)
        #expect(transport.requests.count == 5)
        #expect(transport.requests.prefix(4).allSatisfy { $0.url.path == "/ecs/v2/billing/servers/2026/3" })
    }

    @Test(
        "Each error status surfaces with its kind and Seeweb's message",
        arguments: [
            (
                500, "Internal Server Error",
                ProviderError.Kind.serverError(status: 500, message: "database unavailable")
            ),
            (503, "Service Unavailable", .serverError(status: 503, message: "database unavailable")),
            (401, "Unauthorized", .unauthorized),
            (403, "Forbidden", .forbidden),
            (404, "Not Found", .rejected(status: 404, message: "database unavailable")),
            (400, "Bad Request", .rejected(status: 400, message: "database unavailable")),
            (429, "Too Many Requests", .rateLimited(retryAfterSeconds: nil)),
        ])
    func errorStatuses(status: Int, reason: String, kind: ProviderError.Kind) async throws {
        let transport = ScriptedTransport(
            status: status, body: Self.seewebError(status, reason, "database unavailable"))
        let error = await #expect(throws: ProviderError.self) {
            _ = try await fetch(Self.client(transport, attempts: 2))
        }
        #expect(error?.kind == kind)
        #expect(error?.provider == .seeweb)
        #expect(error?.account == "seeweb-test")
        #expect(error?.endpoint == "GET /ecs/v2/billing/servers/2026/3")
        #expect(error?.description.contains(Self.secret) == false)
        let retried = error?.isTransient == true
        #expect(transport.requests.count == (retried ? 2 : 1))
    }
}
