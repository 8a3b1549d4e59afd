import CostCore
import Foundation
import Providers
import Testing

@Suite("JSONReader: fuzzing, round trips and Foundation")
struct JSONReaderFuzzTests {
    /// Reads `bytes` both ways, checks the two agree, and returns the
    /// structured result. Never traps: any failure must be a JSONError.
    static func readBothWays(_ bytes: [UInt8]) -> Result<JSONTestValue, JSONError> {
        let structured = Result { () throws(JSONError) in try JSONTestValue.parse(bytes, maxDepth: 48) }
        let skipped = Result { () throws(JSONError) in
            try JSONReader.read(bytes, maxDepth: 48) { reader throws(JSONError) in try reader.skipValue() }
        }
        switch (structured, skipped) {
        case (.success, .success):
            break
        case (.failure(let error), .success):
            // Only exactness can fail where pure syntax passed.
            #expect(error.message == "number too precise or too large to hold exactly", "\(error)")
        case (.success(let value), .failure(let error)):
            Issue.record("skipValue refused what readObject/readArray accepted: \(error) / \(value)")
        case (.failure(let left), .failure(let right)):
            if left.message != "number too precise or too large to hold exactly" {
                #expect(left == right, "the two ways disagree")
            }
        }
        if case .failure(let error) = structured {
            #expect(error.offset >= 0 && error.offset <= bytes.count)
            #expect(error.line >= 1 && error.column >= 1)
        }
        return structured
    }

    static let seeds: [String] = [
        JSONReaderRowTests.page,
        #"{"a":[1,-2.5e3,{"b":null,"c":[true,false]}],"d":"e\u00e9\n\ud83d\udcb0","f":{}}"#,
        #"[{"dog_id":"ДГ","amount":"12.345678","amount_nds":14.814814,"meta":{"k":"v"}},[]]"#,
        "  [ \"云存储\" , 0 , -0.0 , 1E+2 , \"\\\"\\\\\\/\\b\\f\\n\\r\\t\" ]  ",
    ]

    @Test(.timeLimit(.minutes(2)))
    func truncationAtEveryOffsetIsAnError() throws {
        for seed in Self.seeds {
            let bytes = Array(seed.utf8)
            let lastSignificant = bytes.lastIndex { ![0x20, 0x0A, 0x0D, 0x09].contains($0) } ?? 0
            #expect(throws: Never.self) { _ = try Self.readBothWays(bytes).get() }
            for cut in 0...lastSignificant {
                let result = Self.readBothWays(Array(bytes[..<cut]))
                guard case .failure(let error) = result else {
                    Issue.record("a truncated document was accepted at \(cut)")
                    continue
                }
                #expect(error.offset <= cut)
            }
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func mutationsNeverCrashOrHang() throws {
        var random = JSONTestRandom(seed: 0xC0FFEE)
        let interesting: [UInt8] =
            Array("{}[]\",:\\/-+.0123456789eEtfnulrsaxb \t\n\r'".utf8) + [
                0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xD0, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0xFF,
            ]
        var accepted = 0
        var rejected = 0
        var foundationChecked = 0
        for round in 0..<12_000 {
            var bytes = Array(Self.seeds[round % Self.seeds.count].utf8)
            for _ in 0...random.below(4) {
                guard !bytes.isEmpty else { break }
                let at = random.below(bytes.count)
                switch random.below(5) {
                case 0: bytes[at] ^= UInt8(1 << random.below(8))
                case 1: bytes[at] = random.pick(interesting)
                case 2: bytes.insert(random.pick(interesting), at: at)
                case 3: bytes.remove(at: at)
                default: bytes.insert(contentsOf: bytes[at..<min(at + random.below(8), bytes.count)], at: at)
                }
            }
            switch Self.readBothWays(bytes) {
            case .success(let value):
                accepted += 1
                // Whatever we accept, Foundation accepts too, with the same values.
                if let object = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) {
                    #expect(value.matches(foundation: object), "\(value)")
                    foundationChecked += 1
                } else {
                    Issue.record("Foundation refused a document the reader accepted: \(value)")
                }
            case .failure:
                rejected += 1
            }
        }
        // The mutations exercise both outcomes.
        #expect(accepted > 500 && rejected > 5000)
        #expect(foundationChecked == accepted)
    }

    @Test(.timeLimit(.minutes(2)))
    func randomBytesNeverCrashOrHang() throws {
        var random = JSONTestRandom(seed: 42)
        let alphabet: [UInt8] = Array("{}[]\",:\\-.0123456789eEtruefalsnl \n".utf8) + [0x00, 0x80, 0xD0, 0xE4, 0xF0]
        var accepted = 0
        for _ in 0..<8_000 {
            let length = random.below(40)
            let bytes = (0..<length).map { _ in random.oneIn(8) ? UInt8(random.below(256)) : random.pick(alphabet) }
            if case .success = Self.readBothWays(bytes) { accepted += 1 }
        }
        #expect(accepted > 0)
    }

    @Test(.timeLimit(.minutes(2)))
    func randomTreesSurviveARoundTrip() throws {
        var random = JSONTestRandom(seed: 2026)
        for round in 0..<1_500 {
            let tree = JSONTestValue.random(&random, depth: 1 + round % 6)
            var styled: JSONTestRandom? = JSONTestRandom(seed: UInt64(round))
            var text = ""
            tree.write(into: &text, random: &styled)
            let bytes = Array(text.utf8)
            let read = try JSONTestValue.parse(bytes)
            #expect(read == tree, "\(text)")
            // Skipping consumes exactly the same bytes.
            var reader = JSONReader(bytes: bytes)
            try reader.skipValue()
            try reader.finish()
            // Foundation reads the same values (it is more lenient, never stricter, on these).
            let object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            #expect(tree.matches(foundation: object), "\(text)")
        }
    }

    @Test func foundationAcceptsSomeDocumentsThisReaderRefuses() throws {
        // Foundation's JSONSerialization takes trailing commas silently; the reader must not.
        for json in [#"[{"a":1},]"#, #"{"a":1,}"#] {
            #expect(throws: JSONError.self) { _ = try JSONTestValue.parse(json) }
        }
    }
}
