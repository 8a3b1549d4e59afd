import CostCore
import Foundation
import Providers
import Testing

/// Every client against servers that echo the request — credentials included — in their error
/// answers: the error's text names the account and the status, and holds no credential in any
/// form it travelled in, no control character and no second line.
@Suite("Echoed credentials never reach a message")
struct EchoedCredentialTests {
    /// The credentials of one run, unique so that no other test's secrets play a part.
    struct Credentials {
        let tag = UUID().uuidString.prefix(8).lowercased()
        var token: String { "echo-token-\(tag)-7f3a9c" }
        var keyID: String { "echo-key-id-\(tag)-41b2" }
        var secret: String { "echo-secret-\(tag)-c0ffee" }
        var apiKey: String { "echo-api-key-\(tag)-5e1d" }
        var email: String { "billing-\(tag)@example.com" }
        var bearer: String { "echo-bearer-\(tag)-93e7d1a0" }

        /// Each credential as written, in base64 (padded and not) and in its `Basic` form.
        var forbidden: [String] {
            let pair = "\(email):\(apiKey)"
            var forms: [String] = []
            for value in [token, keyID, secret, apiKey, bearer, pair] {
                let base64 = Data(value.utf8).base64EncodedString()
                forms += [value, base64, String(base64.prefix { $0 != "=" }), "Basic \(base64)"]
            }
            return forms
        }
    }

    static let range = DateRange(
        start: CivilDateTime(parsing: "2026-03-10T00:00:00")!.date(utcOffsetSeconds: 0),
        end: CivilDateTime(parsing: "2026-03-11T00:00:00")!.date(utcOffsetSeconds: 0))
    static let utc = TimeZone(identifier: "UTC")!
    static let endpoint = try! Endpoint("https://billing.example.test")

    /// Fetches `provider` through `transport` and returns the error it ends with.
    static func failure(
        _ provider: ProviderKind, _ credentials: Credentials, _ transport: any HTTPTransport,
        onAppFormat: OnAppFormat = .json
    ) async -> ProviderError? {
        do {
            switch provider {
            case .selectel:
                let account = SelectelAccount(
                    name: "echo-selectel", endpoint: endpoint, token: Secret(credentials.token), retry: .none)
                _ = try await SelectelClient(account: account, transport: transport)
                    .fetchSpend(range: range, granularity: .day, zone: utc)
            case .cloudru:
                let account = CloudRuAccount(
                    name: "echo-cloudru", endpoint: endpoint, iamEndpoint: endpoint, keyID: Secret(credentials.keyID),
                    secret: Secret(credentials.secret), agreementID: "agreement-1", retry: .none)
                _ = try await CloudRuClient(account: account, transport: transport)
                    .fetchSpend(range: range, granularity: .day, zone: utc)
            case .onapp:
                let account = OnAppAccount(
                    name: "echo-onapp", endpoint: endpoint, userID: 7, email: credentials.email,
                    apiKey: Secret(credentials.apiKey), format: onAppFormat, retry: .none)
                _ = try await OnAppClient(account: account, transport: transport)
                    .fetchSpend(range: range, granularity: .day, zone: utc)
            case .seeweb:
                let account = SeewebAccount(
                    name: "echo-seeweb", endpoint: endpoint, token: Secret(credentials.token), retry: .none,
                    now: { CivilDateTime(parsing: "2026-03-15T10:00:00")!.date(utcOffsetSeconds: 0) })
                _ = try await SeewebClient(account: account, transport: transport)
                    .fetchSpend(range: range, granularity: .day, zone: utc)
            case .f5xc:
                let account = F5Account(
                    name: "echo-f5", endpoint: endpoint, token: Secret(credentials.token), retry: .none)
                _ = try await F5Client(account: account, transport: transport)
                    .fetchSpend(range: range, granularity: .day, zone: utc)
            }
            return nil
        } catch {
            return error
        }
    }

    static func expectSafe(_ text: String, _ credentials: Credentials, _ context: String, quoted: Bool = true) {
        for form in credentials.forbidden {
            #expect(!text.contains(form), "\(context): a credential form was printed: \(text)")
        }
        if quoted {
            #expect(text.contains(SecretRedactor.mark), "\(context): the echo was not quoted: \(text)")
        }
        #expect(
            !text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
            "\(context): a control character was printed")
        #expect(text.count <= MessageSanitizer.messageLimit)
    }

    @Test(
        "No credential survives an echo in any provider, status and body shape",
        arguments: [ProviderKind.selectel, .cloudru, .onapp, .seeweb, .f5xc])
    func echoesAreRedacted(provider: ProviderKind) async throws {
        for status in [400, 404, 422, 500, 503] {
            for shape in [EchoTransport.Shape.json, .text] {
                let credentials = Credentials()
                // Cloud.ru: the key exchange itself is echoed (key id and secret in its body) …
                let transport = EchoTransport(status: status, shape: shape)
                let error = try #require(await Self.failure(provider, credentials, transport))
                let context = "\(provider) \(status) \(shape)"
                // … which answers 400 as a refused key, without quoting the server.
                let quoted = !(provider == .cloudru && status == 400)
                Self.expectSafe(error.description, credentials, context, quoted: quoted)
                Self.expectSafe(error.summary, credentials, context, quoted: quoted)
                #expect(error.description.contains("(echo-"), "\(context): \(error.description)")
                if quoted { #expect(error.description.contains("\(status)"), "\(context): \(error.description)") }
            }
        }
    }

    @Test("Cloud.ru's bearer token, issued by the key exchange, is redacted when echoed")
    func cloudRuBearerIsRedacted() async throws {
        for status in [400, 404, 422, 500] {
            let credentials = Credentials()
            let transport = EchoTransport(status: status, shape: .json, issuedBearer: credentials.bearer)
            let error = try #require(await Self.failure(.cloudru, credentials, transport))
            Self.expectSafe(error.description, credentials, "bearer \(status)")
            #expect(error.description.contains("Bearer \(SecretRedactor.mark)"), "\(error.description)")
        }
    }

    @Test("OnApp's Basic credential is redacted in JSON and XML error answers")
    func onAppBasicIsRedacted() async throws {
        for format in [OnAppFormat.json, .xml] {
            for status in [404, 422, 500] {
                let credentials = Credentials()
                let transport = EchoTransport(status: status, shape: format == .xml ? .xml : .json)
                let error = try #require(await Self.failure(.onapp, credentials, transport, onAppFormat: format))
                Self.expectSafe(error.description, credentials, "onapp \(format) \(status)")
                #expect(error.description.contains("Basic \(SecretRedactor.mark)"), "\(error.description)")
            }
        }
    }
}
