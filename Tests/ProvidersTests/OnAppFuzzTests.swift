import CostCore
import Foundation
import Providers
import Testing

/// Thousands of broken answers for every OnApp decoder: each must give rows or a typed error,
/// never a crash or a hang.
@Suite("OnApp: fuzzed answers")
struct OnAppFuzzTests {
    static let jsonSeeds = [
        OnAppTestSupport.serverRowJSON,
        #"[{"vm_stats":{"stat_time":"2013-05-01 00:00:00 UTC","currency_code":"USD","total_cost":"0.0","usage_cost":null}}]"#,
        "[]",
    ]
    static let xmlSeeds = [OnAppTestSupport.serverRowXML, OnAppTestSupport.fixedSeedXML, "<vm_stats type=\"array\"/>"]

    let client = OnAppClient(
        account: OnAppAccount(
            name: "onapp-fuzz", endpoint: try! Endpoint("https://cloud.example.com"), userID: 1, email: "a@b.c",
            apiKey: Secret("k")),
        transport: ScriptedTransport(status: 500, body: ""))

    /// Decodes JSON; successes must also map to records or a typed error.
    func decodeJSON(_ bytes: [UInt8]) -> Bool {
        let result = Result { () throws(JSONError) in try OnAppJSONDecoding.decode(bytes) }
        guard case .success(let rows) = result else { return false }
        let mapped = Result { () throws(ProviderError) in try client.records(from: rows) }
        if case .failure(let error) = mapped, case .malformedResponse = error.kind {
        } else if case .failure = mapped {
            Issue.record("records(from:) failed with an unexpected kind")
        }
        return true
    }

    /// Decodes XML; successes must also map to records or a typed error.
    func decodeXML(_ bytes: [UInt8]) -> Bool {
        let result = Result { () throws(OnAppXMLError) in try OnAppXMLDecoding.decode(bytes) }
        guard case .success(let rows) = result else {
            if case .failure(let error) = result { #expect(error.line >= 0) }
            return false
        }
        _ = Result { () throws(ProviderError) in try client.records(from: rows) }
        return true
    }

    @Test func everyTruncationOfAValidAnswerIsATypedError() throws {
        for seed in [Self.jsonSeeds[0], Self.jsonSeeds[1]] {
            let bytes = Array(seed.utf8)
            #expect(decodeJSON(bytes))
            for length in 0..<bytes.count {
                #expect(!decodeJSON(Array(bytes[0..<length])), "JSON cut at \(length)")
            }
        }
        let xml = Array(OnAppTestSupport.serverRowXML.utf8)
        #expect(decodeXML(xml))
        var decodedPrefixes = 0
        for length in stride(from: 0, to: xml.count, by: 3) where decodeXML(Array(xml[0..<length])) {
            decodedPrefixes += 1
        }
        #expect(decodedPrefixes == 0)
    }

    @Test func mutatedAnswersNeverCrash() throws {
        var random = JSONTestRandom(seed: 0x4F4E_4150_5046_5A5A)
        let tokens: [[UInt8]] = [
            "{", "}", "[", "]", ",", ":", "\"", "null", "-", "1e999", "0.0000000000001", "<", ">", "/", "nil=\"true\"",
            "&amp;", "\\u0000", "99999999999999999999999", "<!DOCTYPE a [<!ENTITY e \"x\">]>", "&e;", "<![CDATA[1]]>",
            "<!-- c -->", "<?pi x?>", "<?p?>", "\u{FFFD}", "xmlns:a=\"u\"", "<a:b>", "</a:b>", "&#0;", "&#xD800;",
        ].map { Array($0.utf8) }
        var decoded = 0
        for round in 0..<3_000 {
            let useXML = round % 2 == 1
            let seeds = useXML ? Self.xmlSeeds : Self.jsonSeeds
            var bytes = Array(seeds[random.below(seeds.count)].utf8)
            for _ in 0...random.below(4) {
                let at = random.below(bytes.count + 1)
                switch random.below(5) {
                case 0 where at < bytes.count: bytes[at] ^= UInt8(1 << random.below(8))
                case 1 where at < bytes.count: bytes.remove(at: at)
                case 2: bytes.insert(contentsOf: random.pick(tokens), at: at)
                case 3: bytes = Array(bytes[0..<at])
                default: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
                }
            }
            if useXML ? decodeXML(bytes) : decodeJSON(bytes) { decoded += 1 }
        }
        // Most mutations break the document, but some (inside strings, in skipped fields) do not.
        #expect(decoded > 30)
        #expect(decoded < 2_500)
    }

    @Test func randomBytesNeverCrash() throws {
        var random = JSONTestRandom(seed: 0x5241_4E44_4F4D)
        let alphabet = Array("[]{}\":,0123456789.-eE truefalsn<>/=?!&;#xmlvm_stats\n\t\\".utf8)
        for round in 0..<4_000 {
            let length = random.below(200)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                bytes.append(round % 2 == 0 ? UInt8(truncatingIfNeeded: random.next()) : random.pick(alphabet))
            }
            _ = decodeJSON(bytes)
            _ = decodeXML(bytes)
        }
    }

    @Test func brokenErrorAnswersStillGiveAProviderError() async throws {
        var random = JSONTestRandom(seed: 0x4552_524F_5253)
        let seeds = [
            #"{"errors":{"startdate":["is not a valid date"]}}"#, #"{"errors":["Resource not found"]}"#,
            "<errors><error>Startdate is invalid</error></errors>", #"{"error":"x"}"#,
        ]
        for round in 0..<400 {
            var bytes = Array(seeds[round % seeds.count].utf8)
            for _ in 0...random.below(3) where !bytes.isEmpty {
                let at = random.below(bytes.count)
                if random.oneIn(2) {
                    bytes[at] = UInt8(truncatingIfNeeded: random.next())
                } else {
                    bytes = Array(bytes[0..<at])
                }
            }
            let status = random.pick([404, 422, 500, 503])
            let transport = ScriptedTransport([.success(HTTPResponse(status: status, body: bytes))])
            let account = OnAppAccount(
                name: "onapp-fuzz", endpoint: try Endpoint("https://cloud.example.com"), userID: 1, email: "a@b.c",
                apiKey: Secret("k"), retry: .none)
            let error = try await #require(throws: ProviderError.self) {
                _ = try await OnAppClient(account: account, transport: transport).fetchSpend(
                    range: DateRange(start: OnAppTestSupport.utc(2026, 3, 1), end: OnAppTestSupport.utc(2026, 3, 2)),
                    granularity: .day, zone: TimeZone(identifier: "UTC")!)
            }
            switch error.kind {
            case .rejected(let code, let message), .serverError(let code, let message):
                #expect(code == status)
                #expect((message?.text.count ?? 0) <= 200)
            default:
                Issue.record("unexpected kind \(error.kind) for \(status)")
            }
        }
    }
}
