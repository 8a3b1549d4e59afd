import CostCore
import Providers
import Testing

@Suite("JSONReader: valid documents and values")
struct JSONReaderValidTests {
    typealias V = JSONTestValue

    static let documents: [(json: String, expected: JSONTestValue)] = [
        ("{}", .object([])),
        ("[]", .array([])),
        (" \t\r\n{ \n } \r\n", .object([])),
        ("[ [ ] , { } ]", .array([.array([]), .object([])])),
        ("\"\"", .string("")),
        ("true", .bool(true)),
        (" false ", .bool(false)),
        ("null", .null),
        ("0", V.num("0")),
        ("-0", V.num("0")),
        ("-0.0", V.num("0")),
        ("1.5e-3", V.num("0.0015")),
        ("2E+3", V.num("2000")),
        ("2e3", V.num("2000")),
        ("-12.5E-1", V.num("-1.25")),
        ("10E-13", V.num("0.000000000001")),
        ("123456789012345678.123456789012", V.num("123456789012345678.123456789012")),
        (#""\"\\\/\b\f\n\r\t""#, .string("\"\\/\u{8}\u{C}\n\r\t")),
        (#""\u0041\u00e9\u042F\u4e91""#, .string("AéЯ云")),
        (#""\u0000x""#, .string("\u{0}x")),
        (#""\ud83d\udcb0 \uD834\uDD1E""#, .string("💰 𝄞")),
        (#""\uDBFF\uDFFF""#, .string("\u{10FFFF}")),
        ("\"Объектное хранилище\"", .string("Объектное хранилище")),
        ("\"云存储 💰\"", .string("云存储 💰")),
        ("\"\u{7F}\u{2028}\"", .string("\u{7F}\u{2028}")),
        ("\u{FEFF}[1]", .array([V.num("1")])),
        (
            #"{"a":[1,{"b":null,"c":[true,false]}],"d":"e","a":2}"#,
            V.obj(
                ("a", .array([V.num("1"), V.obj(("b", .null), ("c", .array([.bool(true), .bool(false)])))])),
                ("d", .string("e")), ("a", V.num("2")))
        ),
        (#"{"сумма":"Объект","键":"值"}"#, V.obj(("сумма", .string("Объект")), ("键", .string("值")))),
        (#"{"a\u005fb":1}"#, V.obj(("a_b", V.num("1")))),
        (String(repeating: "[", count: 60) + String(repeating: "]", count: 60), nested(60)),
    ]

    static func nested(_ depth: Int) -> JSONTestValue {
        (0..<depth - 1).reduce(JSONTestValue.array([])) { inner, _ in .array([inner]) }
    }

    @Test(arguments: documents.indices)
    func readsValidDocument(_ index: Int) throws {
        let (json, expected) = Self.documents[index]
        #expect(try JSONTestValue.parse(json, maxDepth: 64) == expected, "\(json)")
        // Skipping validates the same document.
        var reader = JSONReader(json)
        try reader.skipValue()
        try reader.finish()
        let trailingSpace = json.utf8.reversed().prefix { [0x20, 0x09, 0x0A, 0x0D].contains($0) }.count
        #expect(reader.offset == json.utf8.count - trailingSpace)
    }

    @Test func amountsAreExactFromNumbersAndStrings() throws {
        let cases: [(String, String)] = [
            ("12.345678", "12.345678"), ("\"12.345678\"", "12.345678"), ("14.814814", "14.814814"),
            ("0.000000000001", "0.000000000001"), ("-0.1", "-0.1"), ("\"-0\"", "0"), ("1e2", "100"),
            ("\"1.5E-3\"", "0.0015"), ("0.1000000000000000", "0.1"), ("99999999999999999999", "99999999999999999999"),
            ("-99999999999999999999.999999999999", "-99999999999999999999.999999999999"),
        ]
        for (json, expected) in cases {
            var reader = JSONReader(json)
            let amount = try reader.readAmount()
            #expect(amount == Amount(expected)!, "\(json)")
            #expect(amount.description == expected, "\(json)")
            try reader.finish()
        }
    }

    @Test func roundingIsOnlyOnRequest() throws {
        var strict = JSONReader("0.3333333333333333")
        #expect(throws: JSONError.self) { try strict.readAmount() }
        var rounding = JSONReader("0.3333333333333333")
        #expect(try rounding.readAmount(roundingExcessDigits: true) == Amount("0.333333333333")!)
        var roundingUp = JSONReader("\"2.0000000000005\"")
        #expect(try roundingUp.readAmount(roundingExcessDigits: true) == Amount("2.000000000001")!)
    }

    @Test func fastAmountPathAgreesWithAmountParser() throws {
        var random = JSONTestRandom(seed: 7)
        for _ in 0..<3000 {
            let whole =
                random.oneIn(4)
                ? "0"
                : String(1 + random.below(9))
                    + (0..<random.below(20)).map { _ in
                        String(random.below(10))
                    }.joined()
            let fraction = (0..<random.below(15)).map { _ in String(random.below(10)) }.joined()
            let text = (random.oneIn(2) ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
            var reader = JSONReader(text)
            let expected = Amount(asciiBytes: Array(text.utf8))
            if let expected {
                #expect(try reader.readAmount() == expected, "\(text)")
            } else {
                #expect(throws: JSONError.self, "\(text)") { try reader.readAmount() }
            }
        }
    }

    @Test func int64ReadsTheFullRange() throws {
        let cases: [(String, Int64)] = [
            ("0", 0), ("-0", 0), ("42", 42), ("-42", -42), ("9223372036854775807", .max),
            ("-9223372036854775808", .min),
        ]
        for (json, expected) in cases {
            var reader = JSONReader(json)
            #expect(try reader.readInt64() == expected)
            try reader.finish()
        }
    }

    @Test func scalarsOfEachKind() throws {
        var reader = JSONReader(#"[true, false, null, "s", null, 7, 1.25, "x", 3]"#)
        var seen: [String] = []
        try reader.readArray { index, reader throws(JSONError) in
            switch index {
            case 0, 1: seen.append(String(try reader.readBool()))
            case 2: seen.append(String(try reader.readNull()))
            case 3: seen.append(try reader.readStringOrNull() ?? "nil")
            case 4: seen.append(try reader.readStringOrNull() ?? "nil")
            case 5: seen.append(try reader.readScalarText())
            case 6: seen.append(try reader.readAmountOrNull()?.description ?? "nil")
            case 7: seen.append(String(try reader.readNull()))  // not null: nothing consumed, then skipped
            default: seen.append(String(try reader.readInt64()))
            }
        }
        try reader.finish()
        #expect(seen == ["true", "false", "true", "s", "nil", "7", "1.25", "false", "3"])
    }

    @Test func scalarTextKeepsNumbersAsWritten() throws {
        var reader = JSONReader(#"["123", 123, 12.50, -1e3, true]"#)
        var texts: [String] = []
        try reader.readArray { _, reader throws(JSONError) in texts.append(try reader.readScalarText()) }
        #expect(texts == ["123", "123", "12.50", "-1e3", "true"])
    }

    @Test func peekKindReportsEachKindWithoutConsuming() throws {
        let cases: [(String, JSONValueKind?)] = [
            ("  {", .object), ("[", .array), ("\"", .string), ("-1", .number), ("7", .number), ("true", .bool),
            ("false", .bool), ("null", .null), ("", nil), ("   ", nil), ("'", nil), ("+1", nil),
        ]
        for (json, expected) in cases {
            let reader = JSONReader(json)
            #expect(reader.peekKind() == expected, "\(json)")
            #expect(reader.offset == 0)
        }
    }

    @Test func keysCompareWithoutAllocatingAndMatchInSwitch() throws {
        var reader = JSONReader(#"{"amount":1,"amount_nds":2,"a\u006dount":3,"сумма":4,"x":5}"#)
        var matched: [String] = []
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "amount_nds": matched.append("nds")
            case "amount": matched.append("amount")
            case "сумма": matched.append("сумма")
            default: matched.append("other:\(key)")
            }
            #expect(key != "amoun")
            #expect(key.utf8Count == key.stringValue.utf8.count)
        }
        #expect(matched == ["amount", "nds", "amount", "сумма", "other:x"])
    }

    @Test func keysAreHashableByValue() throws {
        var keys: [JSONKey] = []
        var reader = JSONReader(#"{"ab":1,"a\u0062":2,"ac":3}"#)
        try reader.readObject { key, _ in keys.append(key) }
        #expect(keys.count == 3)
        #expect(keys[0] == keys[1])
        #expect(keys[0] != keys[2])
        #expect(Set(keys).count == 2)
    }

    @Test func readWholeDocumentHelperChecksTrailingData() throws {
        let value = try JSONReader.read(Array(" [1, 2] ".utf8)) { reader throws(JSONError) in
            var sum: Int64 = 0
            try reader.readArray { _, reader throws(JSONError) in sum += try reader.readInt64() }
            return sum
        }
        #expect(value == 3)
        #expect(throws: JSONError.self) {
            try JSONReader.read(Array("[1] [2]".utf8)) { reader throws(JSONError) in try reader.skipValue() }
        }
    }

    @Test func typeMismatchLeavesTheValueUnread() throws {
        var reader = JSONReader(#"{"a": 5}"#)
        try reader.readObject { _, reader throws(JSONError) in
            do throws(JSONError) {
                _ = try reader.readString()
                Issue.record("a number read as a string")
            } catch {
                #expect(error.message == "expected a string, found a number")
                #expect(error.path == "a")
                #expect(error.column == 7)
            }
            #expect(try reader.readInt64() == 5)
        }
        try reader.finish()
    }
}
