import CostCore
import Foundation
import Providers
import Testing

/// Feeds thousands of truncated, mutated and random bodies to every Seeweb decoder: each must
/// return rows or throw its typed error, never crash or hang.
@Suite("Seeweb decoders: fuzzing")
struct SeewebFuzzTests {
    /// Valid bodies the mutations start from.
    static let seeds: [String] = [
        SeewebSamples.servers,
        SeewebSamples.templates,
        SeewebSamples.serversCSV,
        SeewebSamples.templatesCSV,
        #"[{"plan":"GPU-A100","name":"ec200450","group":"eg100021","notes":"llm \"a\"","status":"Deleted","year":2026,"#
            + #""month":3,"creation_date":"2026-03-06T01:02:03.000004+00:00","deletion_date":"2026-03-09T04:02:03+00:00","#
            + #""billed_hours":75,"cost":225.0,"summary":{"online_hour":75,"online_price":225.0,"offline_hour":0,"#
            + #""offline_discount":20,"offline_price":0.0,"offline_reduction":0.0,"reserved_discounts":[],"#
            + #""original_cost":225.0}},{"name":"ec1","cost":"0.5","summary":{"online_hour":1.5,"online_price":0.5,"#
            + #""offline_hour":0,"offline_price":0,"reserved_discounts":null}}]"#,
    ]

    /// Outcome counts of one body run through all four decoders.
    struct Outcome {
        var accepted = 0
        var rejected = 0
    }

    /// Runs `body` through every decoder; errors must be well-formed.
    static func decodeEverywhere(_ body: [UInt8], into outcome: inout Outcome) {
        func note<T>(_ result: Result<T, JSONError>) {
            switch result {
            case .success: outcome.accepted += 1
            case .failure(let error):
                outcome.rejected += 1
                #expect(error.line >= 1 && error.column >= 1 && error.offset <= body.count)
            }
        }
        func note<T>(_ result: Result<T, SeewebCSVError>) {
            switch result {
            case .success: outcome.accepted += 1
            case .failure(let error):
                outcome.rejected += 1
                #expect(error.line >= 1 && !error.message.isEmpty)
            }
        }
        note(Result { () throws(JSONError) in try SeewebJSONDecoder.servers(body) })
        note(Result { () throws(JSONError) in try SeewebJSONDecoder.templates(body) })
        note(Result { () throws(SeewebCSVError) in try SeewebCSVDecoder.servers(body) })
        note(Result { () throws(SeewebCSVError) in try SeewebCSVDecoder.templates(body) })
    }

    @Test(.timeLimit(.minutes(2)))
    func truncationAtEveryOffset() throws {
        var outcome = Outcome()
        for seed in Self.seeds {
            let bytes = Array(seed.utf8)
            for cut in 0..<bytes.count {
                let truncated = Array(bytes[..<cut])
                Self.decodeEverywhere(truncated, into: &outcome)
                if seed.hasPrefix("[") {
                    // A JSON array cut short is never valid.
                    #expect(throws: JSONError.self) { _ = try SeewebJSONDecoder.servers(truncated) }
                    #expect(throws: JSONError.self) { _ = try SeewebJSONDecoder.templates(truncated) }
                }
            }
        }
        #expect(outcome.accepted > 0 && outcome.rejected > 0)
    }

    @Test(.timeLimit(.minutes(2)))
    func mutationsNeverCrash() throws {
        var random = JSONTestRandom(seed: 0x5EE_0EB)
        let interesting: [UInt8] =
            Array("{}[]\",:\\-+.0123456789eEnulltrue \r\n\t'".utf8) + [0x00, 0x7F, 0x80, 0xC3, 0xE2, 0xF0, 0xFF]
        var outcome = Outcome()
        for round in 0..<4_000 {
            var bytes = Array(Self.seeds[round % Self.seeds.count].utf8)
            for _ in 0...random.below(4) {
                guard !bytes.isEmpty else { break }
                let at = random.below(bytes.count)
                switch random.below(5) {
                case 0: bytes[at] ^= UInt8(1 << random.below(8))
                case 1: bytes[at] = random.pick(interesting)
                case 2: bytes.insert(random.pick(interesting), at: at)
                case 3: bytes.remove(at: at)
                default: bytes.insert(contentsOf: bytes[at..<min(at + random.below(12), bytes.count)], at: at)
                }
            }
            Self.decodeEverywhere(bytes, into: &outcome)
        }
        #expect(outcome.accepted > 100)
        #expect(outcome.rejected > 1_000)
    }

    @Test(.timeLimit(.minutes(2)))
    func randomBytesNeverCrash() throws {
        var random = JSONTestRandom(seed: 42)
        let alphabet = Array("[]{}\",:0123456789.-eE nulltruefalse\r\n\"abc,".utf8)
        var outcome = Outcome()
        for round in 0..<2_000 {
            let count = random.below(200)
            let bytes: [UInt8] = (0..<count).map { _ in
                round.isMultiple(of: 2) ? UInt8(truncatingIfNeeded: random.next()) : random.pick(alphabet)
            }
            Self.decodeEverywhere(bytes, into: &outcome)
        }
        #expect(outcome.rejected > 0)
    }

    @Test("Huge numbers, deep nesting and long fields are errors or values, never traps")
    func extremeValues() throws {
        let bodies = [
            #"[{"name":"a","cost":1e999999,"summary":{}}]"#,
            #"[{"name":"a","cost":123456789012345678901234567890,"summary":{}}]"#,
            #"[{"name":"a","cost":1,"year":99999999999999999999,"summary":{}}]"#,
            #"[{"name":"a","cost":0.0000000000001,"summary":{}}]"#,
            String(repeating: "[", count: 10_000),
            "[" + String(repeating: #"{"name":"x","cost":1},"#, count: 2_000) + #"{"name":"x","cost":1}]"#,
            "name,cost\n" + String(repeating: "a", count: 100_000) + ",1\n",
            "name,cost,part,hours,price\nx,1,online,99999999999999999999999,1\n",
            "year,month,name,notes,status,creation_date,deletion_date,cost\n99999999999999999999,1,a,,,,,1\n",
        ]
        var outcome = Outcome()
        for body in bodies {
            Self.decodeEverywhere(Array(body.utf8), into: &outcome)
        }
        #expect(outcome.rejected >= bodies.count)
        let templates = try SeewebJSONDecoder.templates(Array(bodies[5].utf8))
        #expect(templates.count == 2_001)
    }

    /// A server row whose `count` reserved entries each cost the largest amount accepted
    /// (money is kept to the cent).
    static func hugeReservedRow(count: Int) -> [UInt8] {
        let largest = "99999999999999999999.99"
        let entry = #"{"reserved_plan":1,"reserved_hour":1,"reserved_price":\#(largest)}"#
        let entries = Array(repeating: entry, count: count).joined(separator: ",")
        let summary = #""online_hour":1,"online_price":-\#(largest),"offline_hour":0,"offline_price":\#(largest)"#
        return Array(
            #"[{"name":"ec1","cost":-\#(largest),"summary":{\#(summary),"reserved_discounts":[\#(entries)]}}]"#.utf8)
    }

    @Test("Rows with the most reserved entries allowed add up without overflow; one more is refused")
    func reservedEntriesAreBounded() throws {
        let limit = SeewebServerMonth.maxReservedDiscounts
        let rows = try SeewebJSONDecoder.servers(Self.hugeReservedRow(count: limit))
        let row = try #require(rows.first)
        #expect(row.reservedDiscounts.count == limit)
        let largest = Amount("99999999999999999999.99")!
        #expect(row.partsTotal == Amount(units: largest.units * Int128(limit)))
        #expect(row.roundingDifference == Amount(units: -largest.units * Int128(limit + 1)))
        let error = try #require(throws: JSONError.self) {
            _ = try SeewebJSONDecoder.servers(Self.hugeReservedRow(count: limit + 1))
        }
        #expect(error.message == "more than \(limit) reserved_discounts entries")
        #expect(error.path == "[0].summary.reserved_discounts[\(limit)]")
    }
}
