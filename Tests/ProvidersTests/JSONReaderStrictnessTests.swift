import CostCore
import Providers
import Testing

@Suite("JSONReader: strict RFC 8259 and precise errors")
struct JSONReaderStrictnessTests {
    struct Rejection: CustomTestStringConvertible, Sendable {
        var bytes: [UInt8]
        var message: String
        var line: Int
        var column: Int
        var path: String

        init(_ json: String, _ message: String, line: Int = 1, column: Int, path: String = "") {
            self.init(bytes: Array(json.utf8), message, line: line, column: column, path: path)
        }

        init(bytes: [UInt8], _ message: String, line: Int = 1, column: Int, path: String = "") {
            self.bytes = bytes
            self.message = message
            self.line = line
            self.column = column
            self.path = path
        }

        var testDescription: String { String(decoding: bytes, as: UTF8.self).debugDescription }
    }

    /// `["` + bytes + `"]`: a string holding raw bytes.
    static func stringOf(_ raw: [UInt8]) -> [UInt8] { Array("[\"".utf8) + raw + Array("\"]".utf8) }

    static let rejections: [Rejection] = [
        // The Seeweb sample's ending, and other trailing commas.
        Rejection(#"[{"a":1},]"#, "trailing comma before ']'", column: 9, path: "[0]"),
        Rejection(#"{"a":1,}"#, "trailing comma before '}'", column: 7, path: "a"),
        Rejection("[1,\n]", "trailing comma before ']'", column: 3, path: "[0]"),
        Rejection(#"{"a":[1,2,],"b":1}"#, "trailing comma before ']'", column: 10, path: "a[1]"),
        Rejection("[,1]", "expected a value, found ','", column: 2, path: "[0]"),
        Rejection("{,}", "expected a string key, found ','", column: 2),
        Rejection(#"{"a":1,,"b":2}"#, "expected a string key, found ','", column: 8),
        // Numbers.
        Rejection("[01]", "leading zeros are not allowed in numbers", column: 2, path: "[0]"),
        Rejection("[-01]", "leading zeros are not allowed in numbers", column: 2, path: "[0]"),
        Rejection("[00]", "leading zeros are not allowed in numbers", column: 2, path: "[0]"),
        Rejection("[+1]", "a number cannot start with '+'", column: 2, path: "[0]"),
        Rejection("[.5]", "a number needs a digit before the decimal point", column: 2, path: "[0]"),
        Rejection("[1.]", "expected a digit after the decimal point, found ']'", column: 4, path: "[0]"),
        Rejection("[1.e3]", "expected a digit after the decimal point, found 'e'", column: 4, path: "[0]"),
        Rejection("[1e]", "expected a digit in the exponent, found ']'", column: 4, path: "[0]"),
        Rejection("[1E+]", "expected a digit in the exponent, found ']'", column: 5, path: "[0]"),
        Rejection("[-]", "expected a digit after '-', found ']'", column: 3, path: "[0]"),
        Rejection("[- 1]", "expected a digit after '-', found byte 0x20", column: 3, path: "[0]"),
        Rejection("[NaN]", "NaN and Infinity are not valid JSON", column: 2, path: "[0]"),
        Rejection("[Infinity]", "NaN and Infinity are not valid JSON", column: 2, path: "[0]"),
        Rejection("[-Infinity]", "expected a digit after '-', found 'I'", column: 3, path: "[0]"),
        Rejection("[0x1F]", "expected ',' or ']' after an element, found 'x'", column: 3, path: "[0]"),
        // Literals, quotes and comments.
        Rejection("[tru]", "invalid literal (expected true, false or null)", column: 2, path: "[0]"),
        Rejection("[nullx]", "invalid literal (expected true, false or null)", column: 2, path: "[0]"),
        Rejection("[True]", "invalid literal (expected true, false or null)", column: 2, path: "[0]"),
        Rejection("['a']", "strings must be in double quotes", column: 2, path: "[0]"),
        Rejection("{'a':1}", "object keys must be strings in double quotes", column: 2),
        Rejection("[1]// c", "comments are not allowed in JSON", column: 4),
        Rejection("[1,/* c */2]", "comments are not allowed in JSON", column: 4, path: "[1]"),
        Rejection(#"{"a":1 /* c */}"#, "comments are not allowed in JSON", column: 8, path: "a"),
        // Strings.
        Rejection("[\"a\tb\"]", "unescaped control character 0x09 in a string", column: 4, path: "[0]"),
        Rejection("[\"a\nb\"]", "unescaped control character 0x0A in a string", column: 4, path: "[0]"),
        Rejection(bytes: stringOf([0x00]), "unescaped control character 0x00 in a string", column: 3, path: "[0]"),
        Rejection(bytes: stringOf([0x1F]), "unescaped control character 0x1F in a string", column: 3, path: "[0]"),
        Rejection(#"["\x"]"#, "invalid escape sequence \\x in a string", column: 3, path: "[0]"),
        Rejection(#"["\'"]"#, "invalid escape sequence \\' in a string", column: 3, path: "[0]"),
        Rejection(#"["\U0041"]"#, "invalid escape sequence \\U in a string", column: 3, path: "[0]"),
        Rejection(#"["\u12"]"#, "invalid \\u escape: expected four hexadecimal digits", column: 3, path: "[0]"),
        Rejection(#"["\u12G4"]"#, "invalid \\u escape: expected four hexadecimal digits", column: 3, path: "[0]"),
        Rejection(#"["\ud800"]"#, "unpaired high surrogate \\uD800 in a string", column: 3, path: "[0]"),
        Rejection(#"["\uD83D\u0041"]"#, "unpaired high surrogate \\uD83D in a string", column: 3, path: "[0]"),
        Rejection(#"["\ud800\ud800"]"#, "unpaired high surrogate \\uD800 in a string", column: 3, path: "[0]"),
        Rejection(#"["\ud800x"]"#, "unpaired high surrogate \\uD800 in a string", column: 3, path: "[0]"),
        Rejection(#"["ab\udc00"]"#, "unpaired low surrogate \\uDC00 in a string", column: 5, path: "[0]"),
        Rejection(#"["abc"#, "unexpected end of input inside a string", column: 6, path: "[0]"),
        Rejection(#"["\"#, "unexpected end of input inside a string", column: 4, path: "[0]"),
        Rejection(#"{"ab"#, "unexpected end of input inside a string", column: 5),
        // UTF-8: overlong, surrogates, too large, stray and truncated sequences.
        Rejection(bytes: stringOf([0xC0, 0xAF]), "invalid UTF-8 in a string", column: 3, path: "[0]"),
        Rejection(bytes: stringOf([0xC1, 0xBF]), "invalid UTF-8 in a string", column: 3, path: "[0]"),
        Rejection(bytes: stringOf([0xE0, 0x80, 0xAF]), "invalid UTF-8 in a string", column: 3, path: "[0]"),
        Rejection(bytes: stringOf([0xED, 0xA0, 0x80]), "invalid UTF-8 in a string", column: 3, path: "[0]"),
        Rejection(bytes: stringOf([0xF0, 0x80, 0x80, 0xAF]), "invalid UTF-8 in a string", column: 3, path: "[0]"),
        Rejection(bytes: stringOf([0xF4, 0x90, 0x80, 0x80]), "invalid UTF-8 in a string", column: 3, path: "[0]"),
        Rejection(bytes: stringOf([0xF5, 0x80, 0x80, 0x80]), "invalid UTF-8 in a string", column: 3, path: "[0]"),
        Rejection(bytes: stringOf([0xFF]), "invalid UTF-8 in a string", column: 3, path: "[0]"),
        Rejection(bytes: stringOf([0x61, 0x80]), "invalid UTF-8 in a string", column: 4, path: "[0]"),
        Rejection(bytes: stringOf([0xD0]), "invalid UTF-8 in a string", column: 3, path: "[0]"),
        Rejection(bytes: stringOf([0xE4, 0xBA]), "invalid UTF-8 in a string", column: 3, path: "[0]"),
        Rejection(bytes: Array("[\"".utf8) + [0xD0], "invalid UTF-8 in a string", column: 3, path: "[0]"),
        Rejection(bytes: [0x5B, 0xC3, 0xA9, 0x5D], "expected a value, found byte 0xC3", column: 2, path: "[0]"),
        // Structure.
        Rejection("", "unexpected end of input, expected a value", column: 1),
        Rejection(" \n ", "unexpected end of input, expected a value", line: 2, column: 2),
        Rejection("[1] x", "unexpected data after the JSON value", column: 5),
        Rejection(#"{"a":1}}"#, "unexpected data after the JSON value", column: 8),
        Rejection("[1]\u{FEFF}", "unexpected data after the JSON value", column: 4),
        Rejection("[1,2", "unexpected end of input inside an array", column: 5, path: "[1]"),
        Rejection("[", "unexpected end of input, expected a value", column: 2, path: "[0]"),
        Rejection("{", "unexpected end of input inside an object", column: 2),
        Rejection(#"{"a""#, "expected ':' after an object key, found end of input", column: 5, path: "a"),
        Rejection(#"{"a" 1}"#, "expected ':' after an object key, found '1'", column: 6, path: "a"),
        Rejection(#"{"a":}"#, "expected a value, found '}'", column: 6, path: "a"),
        Rejection("[1 2]", "expected ',' or ']' after an element, found '2'", column: 4, path: "[0]"),
        Rejection(#"{"a":1 "b":2}"#, "expected ',' or '}' after a member, found '\"'", column: 8, path: "a"),
        Rejection("[}", "expected a value, found '}'", column: 2, path: "[0]"),
        Rejection(#"{"a":1]"#, "expected ',' or '}' after a member, found ']'", column: 7, path: "a"),
        Rejection(bytes: [0x5B, 0x00, 0x5D], "expected a value, found byte 0x00", column: 2, path: "[0]"),
        // Line and column on a pretty-printed document, columns in characters.
        Rejection(
            "{\n  \"consumptions\": [\n    {\"amount\": 01}\n  ]\n}", "leading zeros are not allowed in numbers",
            line: 3, column: 16, path: "consumptions[0].amount"),
        Rejection(
            "{\r\n\"consumptions\": [{}, {\"сумма\": \"x\", \"имя\": 01}]}", "leading zeros are not allowed in numbers",
            line: 2, column: 44, path: "consumptions[1].имя"),
        Rejection("[\"云存储\", \"a\tb\"]", "unescaped control character 0x09 in a string", column: 11, path: "[1]"),
    ]

    @Test(arguments: rejections)
    func rejectsWithPreciseError(_ rejection: Rejection) throws {
        let expected = JSONError(
            offset: -1, line: rejection.line, column: rejection.column, path: rejection.path,
            message: rejection.message)
        // Structured reading and skipping must both refuse, at the same place.
        let structured = #expect(throws: JSONError.self) {
            _ = try JSONTestValue.parse(rejection.bytes)
        }
        let skipped = #expect(throws: JSONError.self) {
            try JSONReader.read(rejection.bytes) { reader throws(JSONError) in try reader.skipValue() }
        }
        for error in [structured, skipped].compactMap({ $0 }) {
            var found = error
            found.offset = -1
            #expect(found == expected)
            #expect(error.offset >= 0 && error.offset <= rejection.bytes.count)
        }
        #expect(structured?.offset == skipped?.offset)
    }

    @Test func errorDescriptionNamesPlaceAndPath() throws {
        let error = try #require(throws: JSONError.self) { _ = try JSONTestValue.parse(#"[{"a":1},]"#) }
        #expect(error.description == "line 1, column 9 (at [0]): trailing comma before ']'")
        #expect(error.offset == 8)
    }

    @Test func nestingIsLimitedWithoutRecursion() throws {
        let limit = JSONReader.defaultMaxDepth
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        var reader = JSONReader(deepest)
        try reader.skipValue()
        try reader.finish()

        let tooDeep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
        var deepReader = JSONReader(tooDeep)
        let error = try #require(throws: JSONError.self) { try deepReader.skipValue() }
        #expect(error.message == "nesting deeper than 512 levels")
        #expect(error.offset == limit)
        #expect(error.column == limit + 1)
        #expect(error.path.hasPrefix("…") && error.path.count < 60)

        // Far deeper input, objects included, still ends in an error rather than a crash.
        let huge = String(repeating: #"{"a":["#, count: 100_000)
        var hugeReader = JSONReader(huge)
        #expect(throws: JSONError.self) { try hugeReader.skipValue() }
    }

    @Test func structuredReadingHonoursTheLimitToo() throws {
        let json = String(repeating: "[", count: 9) + String(repeating: "]", count: 9)
        #expect(try JSONTestValue.parse(json, maxDepth: 9) != .null)
        let error = try #require(throws: JSONError.self) { _ = try JSONTestValue.parse(json, maxDepth: 8) }
        #expect(error.message == "nesting deeper than 8 levels")
        #expect(error.column == 9)
        #expect(error.path == "[0][0][0][0][0][0][0][0]")

        // A recursive decoder built on readObject/readArray stops at the default limit too.
        let limit = JSONReader.defaultMaxDepth
        let deepest = String(repeating: #"{"a":"#, count: limit) + "1" + String(repeating: "}", count: limit)
        #expect(try JSONTestValue.parse(deepest, maxDepth: limit) != .null)
        let tooDeep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
        let deepError = try #require(throws: JSONError.self) { _ = try JSONTestValue.parse(tooDeep, maxDepth: limit) }
        #expect(deepError.message == "nesting deeper than 512 levels")
    }

    @Test func int64RefusesFractionsExponentsAndOverflow() throws {
        let cases: [(String, String)] = [
            ("1.0", "expected an integer, found a number with a fraction or exponent"),
            ("1e3", "expected an integer, found a number with a fraction or exponent"),
            ("9223372036854775808", "integer out of range for Int64"),
            ("-9223372036854775809", "integer out of range for Int64"),
            ("123456789012345678901234567890", "integer out of range for Int64"),
            ("\"12\"", "expected an integer, found a string"),
            ("true", "expected an integer, found a boolean"),
        ]
        for (json, message) in cases {
            var reader = JSONReader(json)
            let error = try #require(throws: JSONError.self) { _ = try reader.readInt64() }
            #expect(error.message == message, "\(json)")
            #expect(error.column == 1)
            #expect(reader.offset == 0, "a failed read consumes nothing")
        }
    }

    @Test func amountsThatCannotBeExactAreRefused() throws {
        let cases: [(String, String)] = [
            ("0.1234567890123", "number too precise or too large to hold exactly"),
            ("\"0.1234567890123\"", "number too precise or too large to hold exactly"),
            ("123456789012345678901", "number too precise or too large to hold exactly"),
            ("1e21", "number too precise or too large to hold exactly"),
            ("1e-13", "number too precise or too large to hold exactly"),
            ("1e99999", "number too precise or too large to hold exactly"),
            ("\"1,5\"", "expected a decimal number in the string"),
            ("\" 1\"", "expected a decimal number in the string"),
            ("\"1 \"", "expected a decimal number in the string"),
            ("\"\"", "expected a decimal number in the string"),
            ("\"+1\"", "expected a decimal number in the string"),
            ("\".5\"", "expected a decimal number in the string"),
            ("\"\\u0031\"", "expected a decimal number in the string"),
            ("\"NaN\"", "expected a decimal number in the string"),
            ("\"01\"", "leading zeros are not allowed in numbers"),
            ("null", "expected a number or a string holding one, found null"),
            ("[1]", "expected a number or a string holding one, found an array"),
        ]
        for (json, message) in cases {
            var reader = JSONReader(json)
            let error = try #require(throws: JSONError.self) { _ = try reader.readAmount() }
            #expect(error.message == message, "\(json)")
        }
        #expect(throws: Never.self) {
            var reader = JSONReader("0.123456789012")
            _ = try reader.readAmount()
        }
    }

    @Test func typeMismatchesNameBothKinds() throws {
        let cases: [(String, (inout JSONReader) throws(JSONError) -> Void, String)] = [
            ("1", { reader throws(JSONError) in _ = try reader.readString() }, "expected a string, found a number"),
            ("{}", { reader throws(JSONError) in _ = try reader.readBool() }, "expected a boolean, found an object"),
            ("null", { reader throws(JSONError) in try reader.readArray { _, _ in } }, "expected an array, found null"),
            (
                "[]", { reader throws(JSONError) in try reader.readObject { _, _ in } },
                "expected an object, found an array"
            ),
            (
                "true", { reader throws(JSONError) in _ = try reader.readStringOrNull() },
                "expected a string or null, found a boolean"
            ),
            (
                "null", { reader throws(JSONError) in _ = try reader.readScalarText() },
                "expected a string, number or boolean, found null"
            ),
        ]
        for (json, read, message) in cases {
            var reader = JSONReader(json)
            let error = try #require(throws: JSONError.self) { try read(&reader) }
            #expect(error.message == message)
            #expect(reader.offset == 0)
        }
    }

    @Test func errorsQuoteNoMoreThanAFewBytesOfTheInput() throws {
        let secret = "hunter2-SECRET-" + String(repeating: "x", count: 200)
        let documents = [
            #"{"password":"\#(secret)","next":01}"#,
            #"{"token":"\#(secret)\q"}"#,
            #"{"token":"\#(secret)"#,
            #"{"\#(String(repeating: "x", count: 200))":{"a":[01]}}"#,
            #"{"a":"\#(secret)"} trailing \#(secret)"#,
        ]
        for json in documents {
            let error = try #require(throws: JSONError.self) { _ = try JSONTestValue.parse(json) }
            #expect(!error.description.contains("SECRET"), "\(error)")
            #expect(!error.description.contains("xxxxxxxxxxxxxxxxxxxxxxxxx"), "\(error)")
            #expect(error.description.utf8.count < 160, "\(error)")
        }
        // A long key is cut, and the path still ends at the innermost part.
        let longKey = String(repeating: "k", count: 100)
        let error = try #require(throws: JSONError.self) {
            _ = try JSONTestValue.parse(#"{"\#(longKey)":{"amount":01}}"#)
        }
        #expect(error.path == String(repeating: "k", count: 24) + "….amount")
    }
}
