import AsyncHTTPClient
import CostCore
import Foundation
import HostileHTTPServer
import Providers
import Synchronization
import Testing

/// The clients against a loopback server that misbehaves on purpose: redirects to another
/// origin, silence, a byte a second, cut-off bodies, 429 with every form of `Retry-After`.
/// Time limits are a fraction of a second here, so the suite stays fast.
@Suite("Clients against a hostile server")
struct HostileServerTests {
    static let token = "hostile-token-5f0c2e"
    static let keyID = "hostile-key-id-77a1"
    static let secret = "hostile-secret-0b9d"
    /// The suite's client: an idle limit long enough that a busy machine never trips it where
    /// the test is about something else.
    static let timeouts = TransportTimeouts(connect: .seconds(2), idle: .seconds(10))
    static let transport = AsyncHTTPClientTransport(
        client: AsyncHTTPClientTransport.makeClient(timeouts), timeouts: timeouts)
    /// A short idle limit, for the server that never answers.
    static let impatientTimeouts = TransportTimeouts(connect: .seconds(2), idle: .milliseconds(300))
    static let impatientTransport = AsyncHTTPClientTransport(
        client: AsyncHTTPClientTransport.makeClient(impatientTimeouts), timeouts: impatientTimeouts)
    static let range = DateRange(
        start: CivilDateTime(parsing: "2026-11-01T00:00:00")!.date(utcOffsetSeconds: 0),
        end: CivilDateTime(parsing: "2026-11-02T00:00:00")!.date(utcOffsetSeconds: 0))
    static let now = CivilDateTime(parsing: "2026-11-20T12:00:00")!.date(utcOffsetSeconds: 0)

    /// Waits that are recorded instead of spent.
    final class Waits: Sendable {
        let taken = Mutex<[Duration]>([])
        var all: [Duration] { taken.withLock { $0 } }
        var sleep: @Sendable (Duration) async throws -> Void {
            { duration in self.taken.withLock { $0.append(duration) } }
        }
    }

    /// Collects events.
    final class Events: RequestObserver {
        let seen = Mutex<[RequestEvent]>([])
        var all: [RequestEvent] { seen.withLock { $0 } }
        func record(_ event: RequestEvent) { seen.withLock { $0.append(event) } }
    }

    static func policy(_ waits: Waits, events: Events? = nil, attempts: Int = 4) -> RetryPolicy {
        RetryPolicy(maxAttempts: attempts, observer: events, sleep: waits.sleep, clock: { now })
    }

    static func selectel(
        _ server: HostileServer, retry: RetryPolicy = .none, timeout: Duration = .seconds(5),
        transport: any HTTPTransport = transport
    ) throws -> SelectelClient {
        SelectelClient(
            account: SelectelAccount(
                name: "hostile-sel", endpoint: try Endpoint(server.baseURL), token: Secret(token), timeout: timeout,
                retry: retry),
            transport: transport)
    }

    static func seeweb(_ server: HostileServer) throws -> SeewebClient {
        SeewebClient(
            account: SeewebAccount(
                name: "hostile-seeweb", endpoint: try Endpoint(server.baseURL), token: Secret(token), retry: .none,
                now: { now }),
            transport: transport)
    }

    static func cloudRu(_ server: HostileServer) throws -> CloudRuClient {
        CloudRuClient(
            account: CloudRuAccount(
                name: "hostile-cloudru", endpoint: try Endpoint(server.baseURL),
                iamEndpoint: try Endpoint(server.baseURL), keyID: Secret(keyID), secret: Secret(secret),
                agreementID: "agreement", retry: .none),
            transport: transport)
    }

    func failure<T>(_ operation: () async throws -> T) async -> ProviderError? {
        do {
            _ = try await operation()
            Issue.record("expected a failure")
            return nil
        } catch let error as ProviderError {
            return error
        } catch {
            Issue.record("expected a ProviderError, got \(error)")
            return nil
        }
    }

    /// No library wording: type names, enum cases, NIO or TLS internals.
    func expectOurWords(_ text: String) {
        for library in ["HTTPClientError", "NIO", "IOError", "ChannelError", "redirectCycle", "Error(", "errno"] {
            #expect(!text.contains(library), "library text in: \(text)")
        }
    }

    // MARK: Redirects

    @Test(arguments: [301, 302, 307, 308])
    func aRedirectIsNotFollowedAndNamesTheOtherOrigin(status: Int) async throws {
        let elsewhere = try HostileServer { _, _ in
            .respond(status: 200, headers: [], body: Array(#"{"data":{}}"#.utf8))
        }
        let server = try HostileServer { _, _ in .redirect(status: status, location: "\(elsewhere.baseURL)/steal?x=1") }
        defer {
            server.stop()
            elsewhere.stop()
        }
        let error = try #require(await failure { try await Self.selectel(server).balancesCurrency() })
        #expect(elsewhere.requests.isEmpty, "the redirect target received a request")
        #expect(server.requests.count == 1)
        #expect(server.requests.first?.header("X-Token") == Self.token)
        #expect(
            error.description
                == "Selectel (hostile-sel): the server redirected GET /v3/balances to \(elsewhere.baseURL); update base_url"
        )
        #expect(!error.description.contains(Self.token))
        #expect(!error.description.contains("steal"))
        #expect(!error.isTransient)
    }

    @Test func aRedirectToPlainHTTPElsewhereIsNotFollowedEither() async throws {
        let server = try HostileServer { _, _ in .redirect(status: 302, location: "http://203.0.113.9:8080/billing") }
        defer { server.stop() }
        let error = try #require(
            await failure {
                try await Self.seeweb(server).fetchSpend(
                    range: Self.range, granularity: .day, zone: TimeZone(identifier: "UTC")!)
            })
        #expect(error.description.contains("redirected GET /ecs/v2/billing/"))
        #expect(error.description.hasSuffix("to http://203.0.113.9:8080; update base_url"))
        #expect(server.requests.count == 1)
        #expect(server.requests[0].header("X-APITOKEN") == Self.token)
    }

    @Test func cloudRusKeyIsNotPostedAgainToTheRedirectTarget() async throws {
        let elsewhere = try HostileServer { _, _ in .respond(status: 200, headers: [], body: []) }
        let server = try HostileServer { _, _ in .redirect(status: 307, location: "\(elsewhere.baseURL)/token") }
        defer {
            server.stop()
            elsewhere.stop()
        }
        let error = try #require(
            await failure {
                try await Self.cloudRu(server).fetchSpend(
                    range: Self.range, granularity: .day, zone: TimeZone(identifier: "UTC")!)
            })
        #expect(elsewhere.requests.isEmpty)
        #expect(server.requests.count == 1)
        #expect(server.requests[0].text.contains(Self.secret))
        #expect(error.description.contains("to \(elsewhere.baseURL); update base_url"))
        #expect(!error.description.contains(Self.secret) && !error.description.contains(Self.keyID))
    }

    @Test func aRedirectWithoutLocationSaysSo() async throws {
        let server = try HostileServer { _, _ in .respond(status: 301, headers: [], body: []) }
        defer { server.stop() }
        let error = try #require(await failure { try await Self.selectel(server).balancesCurrency() })
        #expect(error.kind == ProviderError.Kind.redirected(status: 301, origin: nil))
        #expect(error.description.contains("without a usable target; check base_url"))
    }

    @Test func theTransportRefusesPlainHTTPToAnotherHostBeforeConnecting() async throws {
        let request = HTTPRequest(url: URL(string: "http://203.0.113.9/v3/balances")!, headers: [("X-Token", "t")])
        await #expect(throws: TransportError.insecureURL(host: "203.0.113.9")) {
            try await Self.transport.send(request)
        }
    }

    // MARK: Silence and slowness

    @Test func aServerThatNeverAnswersFailsWithinTheIdleLimitAndIsRetriedOnce() async throws {
        let server = try HostileServer { _, _ in .silent }
        defer { server.stop() }
        let waits = Waits()
        let error = try #require(
            await failure {
                try await Self.selectel(server, retry: Self.policy(waits), transport: Self.impatientTransport)
                    .balancesCurrency()
            })
        #expect(
            error.kind
                == ProviderError.Kind.transport(.noAnswer(host: "127.0.0.1:\(server.port)", limit: .milliseconds(300))))
        #expect(
            error.description
                == "Selectel (hostile-sel) GET /v3/balances: 127.0.0.1:\(server.port) sent nothing for 0.3 s")
        #expect(server.requests.count == 2, "a timeout is retried once, not three times")
        #expect(waits.all.count == 1)
        expectOurWords(error.description)
    }

    @Test func aServerSendingAByteAtATimeIsCutOffByTheRequestLimit() async throws {
        let server = try HostileServer { _, _ in .dribble(interval: .milliseconds(50)) }
        defer { server.stop() }
        let error = try #require(
            await failure {
                try await Self.selectel(server, timeout: .milliseconds(700)).balancesCurrency()
            })
        #expect(
            error.kind == .transport(.deadlineExceeded(host: "127.0.0.1:\(server.port)", limit: .milliseconds(700))))
        #expect(error.description.contains("did not finish answering within 0.7 s"))
        expectOurWords(error.description)
    }

    @Test func aCutOffBodyIsAClosedConnectionNotAShortAnswer() async throws {
        let server = try HostileServer { _, _ in .truncated(body: Array(#"{"data": [{"value": 1"#.utf8)) }
        defer { server.stop() }
        let error = try #require(await failure { try await Self.selectel(server).balancesCurrency() })
        #expect(error.kind == ProviderError.Kind.transport(.connectionClosed(host: "127.0.0.1:\(server.port)")))
        #expect(error.description.contains("closed the connection before the answer was complete"))
        expectOurWords(error.description)
    }

    @Test func nothingListeningNamesTheHost() async throws {
        let server = try HostileServer { _, _ in .silent }
        let client = try Self.selectel(server)
        server.stop()
        let error = try #require(await failure { try await client.balancesCurrency() })
        #expect(error.kind == ProviderError.Kind.transport(.connectionRefused(host: "127.0.0.1:\(server.port)")))
        expectOurWords(error.description)
    }

    @Test func aServerThatDoesNotSpeakTLSIsATLSFailureInPlainWords() async throws {
        let server = try HostileServer(greeting: Array("HTTP/1.1 400 Bad Request\r\n\r\n".utf8)) { _, _ in .silent }
        defer { server.stop() }
        let client = SelectelClient(
            account: SelectelAccount(
                name: "hostile-sel", endpoint: try Endpoint("https://127.0.0.1:\(server.port)"),
                token: Secret(Self.token),
                retry: .none),
            transport: Self.transport)
        let error = try #require(await failure { try await client.balancesCurrency() })
        guard case .transport(.tls(let host, _)) = error.kind else {
            Issue.record("expected a TLS failure, got \(error.kind)")
            return
        }
        #expect(host == "127.0.0.1:\(server.port)")
        #expect(error.description.contains("TLS with 127.0.0.1:\(server.port) failed: "))
        for fragment in [".swift", "BoringSSL", "SSL_", "handshakeFailed", "checkouts"] {
            #expect(!error.description.contains(fragment), "library text in: \(error.description)")
        }
        expectOurWords(error.description)
    }

    // MARK: Bodies

    @Test(arguments: [
        (
            "invalid UTF-8",
            [UInt8](#"{"data": {"settings": {"currency": ""#.utf8) + [0xC3, 0x28] + Array(#""}}}"#.utf8)
        ),
        ("deep", [UInt8](repeating: UInt8(ascii: "["), count: 100_000)),
        ("wrong type", Array(#"{"data": [{"value": "12.5", "period": 7}]}"#.utf8)),
        ("not JSON", Array("<html>gateway</html>".utf8)),
    ])
    func aBadBodyIsAMalformedAnswerNamingTheEndpoint(_ name: String, _ body: [UInt8]) async throws {
        let server = try HostileServer { request, _ in
            request.target.hasPrefix("/v3/balances")
                ? .respond(status: 200, headers: [], body: Array(#"{"data": {}}"#.utf8))
                : .respond(status: 200, headers: [], body: body)
        }
        defer { server.stop() }
        let error = try #require(
            await failure {
                try await Self.selectel(server).fetchSpend(
                    range: Self.range, granularity: .day, zone: TimeZone(identifier: "Europe/Moscow")!)
            })
        guard case .malformedResponse = error.kind else {
            Issue.record("\(name): expected a malformed answer, got \(error.kind)")
            return
        }
        #expect(error.description.hasPrefix("Selectel (hostile-sel) GET /v1/cloud_billing/statistic/consumption:"))
    }

    // MARK: Retry-After

    func rateLimitedOnce(headers: [(String, String)]) throws -> HostileServer {
        try HostileServer { _, number in
            number == 0
                ? .respond(status: 429, headers: headers, body: Array(#"{"error":"slow down"}"#.utf8))
                : .respond(status: 200, headers: [], body: Array(#"{"data": {"settings": {"currency": "rub"}}}"#.utf8))
        }
    }

    @Test func retryAfterInSecondsIsWaitedInFullAndReported() async throws {
        let server = try rateLimitedOnce(headers: [("Retry-After", "7")])
        defer { server.stop() }
        let waits = Waits()
        let events = Events()
        let currency = try await Self.selectel(server, retry: Self.policy(waits, events: events)).balancesCurrency()
        #expect(currency == .rub)
        #expect(waits.all == [.seconds(7)])
        let retries = events.all.compactMap { event -> RequestRetry? in
            if case .retrying(let retry) = event { return retry }
            return nil
        }
        #expect(retries.count == 1)
        #expect(retries.first?.summary == "retry 1 of 3 in 7 s because 429 Too Many Requests (Retry-After honoured)")
        #expect(retries.first?.account == "hostile-sel")
    }

    @Test func retryAfterAsAnHTTPDateIsMeasuredFromTheAnswersDate() async throws {
        let server = try rateLimitedOnce(headers: [
            ("Date", "Wed, 20 Nov 2041 12:00:00 GMT"), ("Retry-After", "Wed, 20 Nov 2041 12:00:12 GMT"),
        ])
        defer { server.stop() }
        let waits = Waits()
        _ = try await Self.selectel(server, retry: Self.policy(waits)).balancesCurrency()
        #expect(waits.all == [.seconds(12)])
    }

    @Test func aRetryAfterBeyondTheCapFailsAtOnceSayingHowLong() async throws {
        let server = try rateLimitedOnce(headers: [("Retry-After", "99999")])
        defer { server.stop() }
        let waits = Waits()
        let events = Events()
        let error = try #require(
            await failure {
                try await Self.selectel(server, retry: Self.policy(waits, events: events)).balancesCurrency()
            }
        )
        #expect(waits.all.isEmpty)
        #expect(server.requests.count == 1)
        #expect(error.kind == ProviderError.Kind.rateLimited(retryAfterSeconds: 99999))
        #expect(
            error.description
                == "Selectel (hostile-sel) GET /v3/balances: 429 Too Many Requests (retry after 99999 s). The server asks to wait 99999 s, longer than the 60 s costscope waits: try again later"
        )
        #expect(
            events.all.contains {
                if case .retryRefused(_, "hostile-sel", "GET /v3/balances", let reason) = $0 {
                    return reason == "Retry-After 99999 s is over the 60 s limit"
                }
                return false
            })
    }

    // MARK: Observation

    @Test func everyExchangeIsObservedOnceWithURLStatusAndSize() async throws {
        let server = try rateLimitedOnce(headers: [("Retry-After", "1")])
        defer { server.stop() }
        let events = Events()
        let observed = ObservedTransport(Self.transport, account: "hostile-sel", observer: events, clock: { Self.now })
        _ = try await Self.selectel(server, retry: Self.policy(Waits()), transport: observed).balancesCurrency()
        let exchanges = events.all.compactMap { event -> RequestExchange? in
            if case .exchanged(let exchange) = event { return exchange }
            return nil
        }
        #expect(exchanges.count == server.requests.count)
        #expect(exchanges.map(\.status) == [429, 200])
        #expect(exchanges.map(\.bytes) == [21, 43])
        #expect(exchanges.allSatisfy { $0.url.absoluteString == "\(server.baseURL)/v3/balances" && $0.method == "GET" })
        #expect(exchanges.allSatisfy { $0.account == "hostile-sel" && $0.time == Self.now })
    }
}
