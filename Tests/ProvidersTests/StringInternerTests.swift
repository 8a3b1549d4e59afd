import Providers
import Testing

@Suite("String interning while reading JSON")
struct StringInternerTests {
    /// The address of a string's UTF-8 storage: equal for shared copies of a long string.
    private func storage(_ text: String) -> UnsafeRawPointer? {
        var text = text
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    private func readAll(_ json: String, interner: inout StringInterner) throws -> [String?] {
        var reader = JSONReader(json)
        var values: [String?] = []
        try reader.readArray { _, reader throws(JSONError) in
            values.append(try reader.readStringOrNull(interner: &interner))
        }
        try reader.finish()
        return values
    }

    @Test func repeatedValuesShareOneCopyWhetherEscapedOrNot() throws {
        var interner = StringInterner()
        let long = "Виртуальные машины и диски"
        let values = try readAll(
            #"["\#(long)", null, "\#(long)", "\u0412\u0438ртуальные машины и диски", "web-server-0001-long"]"#,
            interner: &interner)
        #expect(values == [long, nil, long, long, "web-server-0001-long"])
        #expect(interner.count == 2)
        let copies = values.compactMap { $0 }.filter { $0 == long }.map(storage)
        #expect(copies.count == 3)
        #expect(Set(copies).count == 1)
    }

    @Test func stringsInternedByValueAndByBytesAreTheSameCopy() throws {
        var interner = StringInterner()
        let first = interner.intern(String(repeating: "проект-", count: 4))
        let read = try readAll(#"["проект-проект-проект-проект-"]"#, interner: &interner)
        #expect(read == [first])
        #expect(storage(read[0]!) == storage(first))
        #expect(interner.count == 1)
    }

    @Test func canonicallyEqualSpellingsStayCorrect() throws {
        var interner = StringInterner()
        // "é" precomposed and as "e" + combining acute: equal as Swift strings.
        let values = try readAll(
            #"["caf\u00e9 long name here", "cafe\u0301 long name here", "café long name here"]"#, interner: &interner)
        #expect(values.allSatisfy { $0 == "café long name here" })
        #expect(interner.count == 1)
    }

    @Test func manyDistinctValuesAreAllFound() throws {
        var interner = StringInterner()
        let names = (0..<5_000).map { "resource-\($0)-Ж" }
        let json = "[" + (names + names).map { "\"\($0)\"" }.joined(separator: ",") + "]"
        let values = try readAll(json, interner: &interner)
        #expect(values == (names + names).map { Optional($0) })
        #expect(interner.count == names.count)
    }

    @Test func aNonStringIsATypeMismatch() {
        var interner = StringInterner()
        #expect(throws: JSONError.self) { try readAll("[12]", interner: &interner) }
    }
}
