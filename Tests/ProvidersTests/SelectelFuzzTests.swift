import CostCore
import Foundation
import Providers
import Testing

/// Random, truncated and mutated bodies for every Selectel decoder: a value or a typed error, never a crash.
@Suite("Selectel decoders: fuzzing")
struct SelectelFuzzTests {
    static let consumption = """
        {"status":"success","data":[{"account_id":123,"provider_key":"vpc","value":12345,"period":"2026-11-18T00:00:00",
        "project":{"id":"p1","name":"production"},"metric":{"id":"m","name":"vCPU","quantity":1.5e0,"unit":"h","region":"ru-1"},
        "object":{"id":"o","name":"web","type":"cloud_vm","parent_id":null,"parent_name":null},"provision_start":null}]}
        """
    static let projects =
        #"{"status":"success","data":[{"id":"p1","name":"production"},{"id":"p2","name":"Бухгалтерия"}]}"#
    static let objects =
        #"{"status":"success","data":[{"id":"o","name":"web","parent_id":null,"project_id":"p1","type":"cloud_vm","type_name":"Server"}]}"#

    static func decodeEverything(_ body: [UInt8]) -> Int {
        var outcomes = 0
        if (try? SelectelConsumptionRow.decodeList(body)) != nil { outcomes += 1 }
        if (try? SelectelProjectInfo.decodeList(body)) != nil { outcomes += 1 }
        if (try? SelectelObjectInfo.decodeList(body)) != nil { outcomes += 1 }
        return outcomes
    }

    @Test func theSamplesDecode() throws {
        let rows = try SelectelConsumptionRow.decodeList(Array(Self.consumption.utf8))
        #expect(rows.first?.value == Amount("123.45"))
        #expect(rows.first?.accountID == "123")
        #expect(try SelectelProjectInfo.decodeList(Array(Self.projects.utf8)).map(\.id) == ["p1", "p2"])
        #expect(try SelectelObjectInfo.decodeList(Array(Self.objects.utf8)).first?.typeName == "Server")
    }

    @Test func truncationAtEveryOffsetIsAnError() {
        for sample in [Self.consumption, Self.projects, Self.objects] {
            let bytes = Array(sample.utf8)
            for length in 0..<bytes.count {
                #expect(Self.decodeEverything(Array(bytes.prefix(length))) == 0, "\(length)")
            }
        }
    }

    @Test func mutationsAndRandomBytesNeverCrash() {
        var random = JSONTestRandom(seed: 0x5E1E_C7E1)
        let samples = [Self.consumption, Self.projects, Self.objects].map { Array($0.utf8) }
        var decoded = 0
        for round in 0..<3_000 {
            var body = samples[round % samples.count]
            if round % 3 == 2 {
                body = (0..<random.below(120)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            } else {
                for _ in 0..<(1 + random.below(3)) {
                    body[random.below(body.count)] = random.pick(Array("{}[]\",:0-.eE\\ntu\u{7F}".utf8) + [0xFF])
                }
            }
            decoded += Self.decodeEverything(body)
        }
        #expect(decoded < 3_000 * 3)
    }

    @Test func kopecksThatCannotBeHeldExactlyAreRefused() {
        let body = #"{"status":"success","data":[{"value":"0.0000000000001","period":"2026-11-18T00:00:00"}]}"#
        #expect(throws: JSONError.self) { try SelectelConsumptionRow.decodeList(Array(body.utf8)) }
    }
}
