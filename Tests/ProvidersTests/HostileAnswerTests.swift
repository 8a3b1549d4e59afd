import CostCore
import Foundation
import Providers
import Testing

/// Answers with status 200 that are not what they claim: an error object instead of the
/// documented list, an empty object, amounts too large to hold. Each provider reports an error
/// naming the account (and the field or the server's message); an explicitly empty list is no
/// error.
@Suite("Hostile 200 answers")
struct HostileAnswerTests {
    /// Answers by path: Cloud.ru's key exchange always succeeds, everything else gets `answer`.
    final class RoutedTransport: HTTPTransport {
        let answer: @Sendable (String) -> (Int, String)

        init(_ answer: @escaping @Sendable (String) -> (Int, String)) { self.answer = answer }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            if request.url.path == "/api/v1/auth/token" {
                return HTTPResponse(
                    status: 200, body: Array(#"{"access_token":"hostile-bearer-1","expires_in":60}"#.utf8))
            }
            let (status, body) = answer(request.url.path)
            return HTTPResponse(status: status, body: Array(body.utf8))
        }
    }

    static let providers: [ProviderKind] = [.selectel, .cloudru, .onapp, .seeweb, .f5xc]

    static func failure(_ provider: ProviderKind, format: OnAppFormat = .json, _ body: String) async
        -> ProviderError?
    {
        let transport = RoutedTransport { path in
            path.hasPrefix("/v3/balances") ? (404, "") : (200, body)
        }
        return await EchoedCredentialTests.failure(
            provider, EchoedCredentialTests.Credentials(), transport, onAppFormat: format)
    }

    @Test("An error object with status 200 is an error quoting its message", arguments: providers)
    func errorObjectIsAnError(provider: ProviderKind) async throws {
        for body in [
            #"{"code":16,"message":"token expired"}"#, #"{"status":"error","message":"token expired"}"#,
            #"{"error":{"error_code":401,"status":"Unauthorized","message":"token expired"}}"#,
        ] {
            let error = try #require(await Self.failure(provider, body), "\(provider) accepted \(body)")
            #expect(error.description.contains("(echo-"), "\(error.description)")
            #expect(error.description.contains("the answer says \"token expired\""), "\(error.description)")
            #expect(!error.description.contains("\n"))
        }
    }

    @Test("An empty object with status 200 is an error, never no spend", arguments: providers)
    func emptyObjectIsAnError(provider: ProviderKind) async throws {
        let error = try #require(await Self.failure(provider, "{}"), "\(provider) accepted {}")
        #expect(error.description.contains("(echo-"), "\(error.description)")
        #expect(error.description.contains("malformed answer"), "\(error.description)")
    }

    @Test("OnApp: an XML error document with status 200 is an error quoting its message")
    func onAppXMLErrorDocument() async throws {
        for body in ["<errors><error>token expired</error></errors>", "<hash><error>token expired</error></hash>"] {
            let error = try #require(await Self.failure(.onapp, format: .xml, body))
            #expect(error.description.contains("the answer says \"token expired\""), "\(error.description)")
        }
        let empty = try #require(await Self.failure(.onapp, format: .xml, "<nil-classes/>"))
        #expect(empty.description.contains("type=\"array\""), "\(empty.description)")
    }

    @Test("An explicitly empty list is no spend and no error", arguments: providers)
    func emptyListIsFine(provider: ProviderKind) async throws {
        let transport = RoutedTransport { path in
            if path.hasPrefix("/v3/balances") { return (404, "") }
            switch provider {
            case .selectel: return (200, #"{"status":"success","data":[]}"#)
            case .cloudru: return (200, #"{"consumptions":[],"next_page_token":""}"#)
            case .onapp, .seeweb: return (200, "[]")
            case .f5xc:
                return (200, path.hasSuffix("monthly_usage") ? #"{"monthly_usage_items":[]}"# : #"{"usage_items":[]}"#)
            }
        }
        let error = await EchoedCredentialTests.failure(provider, EchoedCredentialTests.Credentials(), transport)
        #expect(error == nil, "\(error?.description ?? "")")
    }

    /// A 200 answer of `provider` whose first amount is `amount`, and the field it is in.
    static func answer(_ provider: ProviderKind, amount: String) -> (body: String, field: String) {
        switch provider {
        case .selectel:
            (#"{"status":"success","data":[{"value":\#(amount),"period":"2026-03-10T00:00:00"}]}"#, "value")
        case .cloudru:
            (
                #"{"consumptions":[{"sku":"s","servname":"v","usedate":"2026-03-10T00:00:00Z","amount":\#(amount),"amount_nds":1}]}"#,
                "amount"
            )
        case .onapp:
            (
                #"[{"vm_hourly_stat":{"stat_time":"2026-03-10T10:00:00Z","currency_code":"USD","total_cost":\#(amount)}}]"#,
                "total_cost"
            )
        case .seeweb: (#"[{"name":"ec1","cost":\#(amount)}]"#, "cost")
        case .f5xc:
            (
                #"{"monthly_usage_items":[{"amount":"\#(amount)","currency_code":"USD","start_timestamp":"2026-02-01T00:00:00Z","end_timestamp":"2026-03-01T00:00:00Z"}]}"#,
                "amount"
            )
        }
    }

    @Test("A 39-digit or exponent amount is an error naming the account and the field", arguments: providers)
    func hugeAmounts(provider: ProviderKind) async throws {
        for amount in [
            String(repeating: "9", count: 39), "-" + String(repeating: "1", count: 45), "1e400", "-1e400",
            "\"" + String(repeating: "9", count: 39) + "\"",
        ] {
            let (body, field) = Self.answer(provider, amount: amount)
            let error = try #require(await Self.failure(provider, body), "\(provider) accepted \(amount)")
            #expect(error.description.contains("(echo-"), "\(error.description)")
            #expect(error.description.contains(field), "\(provider) \(amount): \(error.description)")
            #expect(!error.description.contains(String(repeating: "9", count: 39)), "\(error.description)")
        }
    }
}
