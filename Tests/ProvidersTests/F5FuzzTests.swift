import CostCore
import Foundation
import Providers
import Simulator
import Testing

@Suite("F5 decoders and client: fuzzed, truncated and random bodies")
struct F5FuzzTests {
    /// A decoder under test, returning how many rows it decoded.
    typealias BodyDecoder = @Sendable ([UInt8]) throws(JSONError) -> Int

    static let decoders: [(name: String, decode: BodyDecoder)] = [
        ("usage_summary", { bytes throws(JSONError) in try F5UsageSummaryItem.decode(bytes).count }),
        ("current_usage", { bytes throws(JSONError) in try F5CurrentUsage.decode(bytes).items.count }),
        ("monthly_usage", { bytes throws(JSONError) in try F5MonthlyUsageItem.decode(bytes).count }),
    ]

    /// Valid answers of each endpoint: the simulator's own, and hand-written ones with every
    /// optional shape (nulls, numbers for strings, unknown fields, escapes).
    static func validBodies() async throws -> [[[UInt8]]] {
        var served: [[UInt8]] = []
        try await F5TestSupport.withSimulator { simulator, _ in
            let client = try F5TestSupport.client(simulator)
            let transport = AsyncHTTPClientTransport()
            let window = DateRange(
                start: F5TestSupport.utc("2026-11-10T00:00:00"), end: F5TestSupport.utc("2026-11-11T00:00:00"))
            for request in [
                client.usageSummaryRequest(window: window), client.currentUsageRequest(window: window),
                client.monthlyUsageRequest(),
            ] {
                served.append(try await transport.send(request).body)
            }
        }
        let (summary, current, months) = (served[0], served[1], served[2])
        let handCurrent = """
            {"coupons":[{"discount_amount":5,"title":"\\u00e9t\\u00e9"}],"discount":"0","total_cost":123,
             "usage_items":[{"amount":"-5","currency_code":"eur","usage_type":"a\\"b","metric_labels":["x",""],
             "start_timestamp":"2026-11-10T01:00:00.5+01:00","end_timestamp":1794355200,"quantity":1e3}]}
            """
        let handMonths =
            #"{"monthly_usage_items":[{"amount":0,"currency_code":"JPY","start_timestamp":"0","end_timestamp":"1"}]}"#
        return [
            [summary, Array(F5DecodingTests.fixedSeedSample.utf8), Array(F5ClientErrorTests.summary.utf8)],
            [current, Array(handCurrent.utf8)],
            [months, Array(handMonths.utf8)],
        ]
    }

    /// Runs `decode` on `bytes`: it must return or throw a well-formed ``JSONError``, never trap.
    static func check(_ decode: BodyDecoder, _ bytes: [UInt8]) -> Bool {
        do throws(JSONError) {
            _ = try decode(bytes)
            return true
        } catch {
            #expect(error.offset >= 0 && error.offset <= bytes.count, "\(error)")
            #expect(error.line >= 1 && error.column >= 1 && !error.message.isEmpty)
            return false
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func everyDecoderReadsItsValidBodiesAndRefusesEveryTruncation() async throws {
        let bodies = try await Self.validBodies()
        for (decoder, valid) in zip(Self.decoders, bodies) {
            for bytes in valid {
                #expect(Self.check(decoder.decode, bytes), "\(decoder.name) refused a valid body")
                let rows = try decoder.decode(bytes)
                #expect(rows > 0)
                let lastSignificant = bytes.lastIndex { ![0x20, 0x0A, 0x0D, 0x09].contains($0) } ?? 0
                for cut in 0...lastSignificant {
                    #expect(
                        !Self.check(decoder.decode, Array(bytes[..<cut])), "\(decoder.name) accepted a cut at \(cut)")
                }
            }
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func mutatedAndRandomBodiesNeverCrash() async throws {
        let bodies = try await Self.validBodies()
        var random = JSONTestRandom(seed: 0xF5F5_2026)
        let interesting = Array("{}[]\",:\\-.0123456789eEtfnul \"Z+T".utf8) + [0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xFF]
        var accepted = 0
        var refused = 0
        for round in 0..<12_000 {
            let decoder = Self.decoders[round % Self.decoders.count]
            var bytes = random.pick(bodies[round % Self.decoders.count])
            switch round % 10 {
            case 0:
                bytes = (0..<random.below(64)).map { _ in
                    random.oneIn(2) ? random.pick(interesting) : UInt8(random.below(256))
                }
            case 1:
                bytes = Array(bytes.prefix(random.below(bytes.count + 1)))
            default:
                for _ in 0...random.below(4) {
                    guard !bytes.isEmpty else { break }
                    let at = random.below(bytes.count)
                    switch random.below(4) {
                    case 0: bytes[at] ^= UInt8(1 << random.below(8))
                    case 1: bytes[at] = random.pick(interesting)
                    case 2: bytes.insert(random.pick(interesting), at: at)
                    default: bytes.remove(at: at)
                    }
                }
            }
            if Self.check(decoder.decode, bytes) { accepted += 1 } else { refused += 1 }
        }
        #expect(accepted > 500)
        #expect(refused > 5_000)
    }

    @Test(.timeLimit(.minutes(2)))
    func theClientTurnsMutatedAnswersIntoRecordsOrProviderErrors() async throws {
        let bodies = try await Self.validBodies()
        var random = JSONTestRandom(seed: 0x00C0_FFEE)
        let day = DateRange(
            start: F5TestSupport.utc("2026-11-10T00:00:00"), end: F5TestSupport.utc("2026-11-11T00:00:00"))
        var outcomes: [String: Int] = [:]
        for _ in 0..<600 {
            var answers = [bodies[2][0], bodies[1][0], bodies[0][0]]
            let victim = random.below(3)
            for _ in 0...random.below(3) where !answers[victim].isEmpty {
                let at = random.below(answers[victim].count)
                if random.oneIn(3) {
                    answers[victim] = Array(answers[victim].prefix(at))
                } else {
                    answers[victim][at] = UInt8(random.below(256))
                }
            }
            let transport = ScriptedTransport(answers.map { .success(HTTPResponse(status: 200, body: $0)) })
            let account = F5Account(
                name: "fuzz", endpoint: try Endpoint("https://fuzz.console.ves.volterra.io"), token: Secret("t"),
                retry: .none)
            do {
                let records = try await F5Client(account: account, transport: transport)
                    .fetchSpend(range: day, granularity: .day, zone: TimeZone(identifier: "UTC")!)
                #expect(records.allSatisfy { $0.period.start < $0.period.end && $0.provider == .f5xc })
                outcomes["records", default: 0] += 1
            } catch {
                #expect(error.description.hasPrefix("F5 Distributed Cloud (fuzz) POST /api/"))
                outcomes["\(error.kind)".prefix(while: { $0 != "(" }).description, default: 0] += 1
            }
        }
        #expect(outcomes["records", default: 0] > 0)
        #expect(outcomes["malformedResponse", default: 0] > 100)
    }
}
