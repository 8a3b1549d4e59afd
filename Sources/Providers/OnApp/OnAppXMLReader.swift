/// A byte reader for the XML OnApp control panels send (Rails `to_xml`): elements, attributes,
/// text with the five predefined entities and character references, CDATA sections and
/// comments, after an optional XML declaration. It feeds an ``OnAppXMLRowBuilder`` directly,
/// without `XMLParser`'s per-event strings and dictionaries, which made XML many times slower
/// to read than JSON.
///
/// What ``OnAppXMLDecoding`` refuses before reading (bytes that are not UTF-8, document type
/// declarations, processing instructions) never reaches it. Anything else that is not
/// well-formed is an ``OnAppXMLError`` with the line and column (in bytes) where it was found.
struct OnAppXMLReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// Where the names of the open elements are in the input, outermost first.
    private var open: [Range<Int>] = []

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Reads the document in `body` into `builder`.
    static func read<Sink>(_ body: [UInt8], into builder: inout OnAppXMLRowBuilder<Sink>) throws(OnAppXMLError) {
        let result: Result<Void, OnAppXMLError> = body.withUnsafeBufferPointer { buffer in
            var reader = OnAppXMLReader(buffer)
            do throws(OnAppXMLError) {
                try reader.readDocument(into: &builder)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
    }

    // MARK: Document structure

    private mutating func readDocument<Sink>(into builder: inout OnAppXMLRowBuilder<Sink>) throws(OnAppXMLError) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        try skipMisc(allowDeclaration: true)
        guard index < bytes.count else {
            throw error(builder, "not well-formed XML: the document is empty")
        }
        guard bytes[index] == UInt8(ascii: "<") else { throw error(builder, "not well-formed XML: no root element") }
        while true {
            if index >= bytes.count {
                throw error(builder, "not well-formed XML: the document ends early")
            }
            if bytes[index] == UInt8(ascii: "<") {
                try readMarkup(into: &builder)
                if open.isEmpty { break }
            } else {
                try readText(into: &builder)
            }
        }
        try skipMisc(allowDeclaration: false)
        guard index >= bytes.count else {
            throw error(builder, "not well-formed XML: content after the root element")
        }
    }

    /// Skips whitespace and comments (and the XML declaration first, when allowed).
    private mutating func skipMisc(allowDeclaration: Bool) throws(OnAppXMLError) {
        var declarationAllowed = allowDeclaration
        while true {
            skipWhitespace()
            if declarationAllowed, starts(with: "<?xml") {
                guard let end = find("?>", from: index) else {
                    throw OnAppXMLError(line: line, path: "", message: "not well-formed XML: the document ends early")
                }
                advance(to: end + 2)
            } else if starts(with: "<!--") {
                try skipComment()
            } else {
                return
            }
            declarationAllowed = false
        }
    }

    /// Reads what starts at `<`: an end tag, a comment, a CDATA section or a start tag.
    private mutating func readMarkup<Sink>(into builder: inout OnAppXMLRowBuilder<Sink>) throws(OnAppXMLError) {
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        switch next {
        case UInt8(ascii: "/"):
            try readEndTag(into: &builder)
        case UInt8(ascii: "!"):
            if starts(with: "<!--") {
                try skipComment()
            } else if starts(with: "<![CDATA[") {
                guard !open.isEmpty, let end = find("]]>", from: index + 9) else {
                    throw error(builder, "not well-formed XML: the document ends early")
                }
                builder.text(String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 9)..<end]), as: UTF8.self))
                advance(to: end + 3)
            } else {
                throw error(builder, "not well-formed XML: markup that is not an element")
            }
        default:
            try readStartTag(into: &builder)
        }
    }

    private mutating func readStartTag<Sink>(into builder: inout OnAppXMLRowBuilder<Sink>) throws(OnAppXMLError) {
        let tagLine = line
        index += 1
        let name = try readName(builder)
        // Only `type` and `nil` mean anything to the decoder; the others are checked and skipped.
        var isArray = false
        var isNil = false
        var attributeNames: [Range<Int>] = []
        while true {
            let hadSpace = skipWhitespace()
            guard index < bytes.count else { throw error(builder, "not well-formed XML: the document ends early") }
            switch bytes[index] {
            case UInt8(ascii: ">"):
                index += 1
                open.append(name)
                builder.start(text(name), isArray: isArray, isNil: isNil, line: tagLine)
                return
            case UInt8(ascii: "/"):
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else {
                    throw error(builder, "not well-formed XML: a tag is not closed")
                }
                index += 2
                builder.start(text(name), isArray: isArray, isNil: isNil, line: tagLine)
                try builder.end()
                return
            default:
                guard hadSpace else { throw error(builder, "not well-formed XML: a tag is not closed") }
                let attribute = try readName(builder)
                guard !attributeNames.contains(where: { same(attribute, $0) }) else {
                    throw error(builder, "not well-formed XML: an attribute given twice")
                }
                attributeNames.append(attribute)
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                    throw error(builder, "not well-formed XML: an attribute without a value")
                }
                index += 1
                skipWhitespace()
                let value = try readAttributeValue(builder)
                if equals(attribute, "type") {
                    isArray = value == "array"
                } else if equals(attribute, "nil") {
                    isNil = value == "true"
                }
            }
        }
    }

    private mutating func readEndTag<Sink>(into builder: inout OnAppXMLRowBuilder<Sink>) throws(OnAppXMLError) {
        index += 2
        let name = try readName(builder)
        skipWhitespace()
        guard index < bytes.count else { throw error(builder, "not well-formed XML: the document ends early") }
        guard bytes[index] == UInt8(ascii: ">") else {
            throw error(builder, "not well-formed XML: a tag is not closed")
        }
        guard let start = open.last, same(start, name) else {
            throw error(builder, "not well-formed XML: an end tag does not match its start tag")
        }
        index += 1
        open.removeLast()
        try builder.end()
    }

    /// Reads character data up to the next `<`, decoding references; outside the root element
    /// only whitespace is allowed.
    private mutating func readText<Sink>(into builder: inout OnAppXMLRowBuilder<Sink>) throws(OnAppXMLError) {
        let start = index
        var plain = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") { break }
            if byte == UInt8(ascii: "&") {
                plain = false
            } else if byte == 0x0A {
                line += 1
                lineStart = index + 1
            } else if byte < 0x20, byte != 0x09, byte != 0x0D {
                throw error(builder, "not well-formed XML: an invalid character")
            }
            index += 1
        }
        let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
        // References are checked even in text nobody keeps, as any XML parser would.
        let decoded = plain ? nil : try decodeReferences(run, builder)
        guard builder.wantsText else { return }
        builder.text(decoded ?? String(decoding: run, as: UTF8.self))
    }

    // MARK: Pieces

    /// Reads an element or attribute name; where it is in the input.
    private mutating func readName<Sink>(_ builder: OnAppXMLRowBuilder<Sink>) throws(OnAppXMLError) -> Range<Int> {
        let start = index
        while index < bytes.count, Self.isNameByte(bytes[index], first: index == start) { index += 1 }
        guard index > start else { throw error(builder, "not well-formed XML: a name is missing or invalid") }
        return start..<index
    }

    /// The input at `range` as text.
    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Whether the input holds the same bytes at `lhs` and `rhs`.
    private func same(_ lhs: Range<Int>, _ rhs: Range<Int>) -> Bool {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { bytes[$0] == bytes[$1] }
    }

    /// Whether the input at `range` is the ASCII `word`.
    private func equals(_ range: Range<Int>, _ word: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        return range.count == pattern.count && zip(range, pattern).allSatisfy { bytes[$0] == $1 }
    }

    /// Reads a quoted attribute value, decoding references.
    private mutating func readAttributeValue<Sink>(_ builder: OnAppXMLRowBuilder<Sink>) throws(OnAppXMLError) -> String
    {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            throw error(builder, "not well-formed XML: an attribute value is not quoted")
        }
        let quote = bytes[index]
        index += 1
        let start = index
        while index < bytes.count, bytes[index] != quote {
            if bytes[index] == UInt8(ascii: "<") {
                throw error(builder, "not well-formed XML: '<' inside an attribute value")
            }
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        guard index < bytes.count else { throw error(builder, "not well-formed XML: the document ends early") }
        let value = try decodeReferences(UnsafeBufferPointer(rebasing: bytes[start..<index]), builder)
        index += 1
        return value
    }

    /// `run` with `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;` and `&#…;` replaced.
    private func decodeReferences<Sink>(_ run: UnsafeBufferPointer<UInt8>, _ builder: OnAppXMLRowBuilder<Sink>)
        throws(OnAppXMLError) -> String
    {
        var out: [UInt8] = []
        out.reserveCapacity(run.count)
        var position = 0
        while position < run.count {
            let byte = run[position]
            guard byte == UInt8(ascii: "&") else {
                out.append(byte)
                position += 1
                continue
            }
            var end = position + 1
            while end < run.count, run[end] != UInt8(ascii: ";"), end - position < 12 { end += 1 }
            guard end < run.count, run[end] == UInt8(ascii: ";") else {
                throw error(builder, "not well-formed XML: an '&' that starts no reference")
            }
            let name = Array(run[(position + 1)..<end])
            switch name {
            case Array("lt".utf8): out.append(UInt8(ascii: "<"))
            case Array("gt".utf8): out.append(UInt8(ascii: ">"))
            case Array("amp".utf8): out.append(UInt8(ascii: "&"))
            case Array("quot".utf8): out.append(UInt8(ascii: "\""))
            case Array("apos".utf8): out.append(UInt8(ascii: "'"))
            default:
                guard name.first == UInt8(ascii: "#"), let scalar = Self.characterReference(name.dropFirst()) else {
                    throw error(builder, "not well-formed XML: an unknown entity or invalid character reference")
                }
                out.append(contentsOf: String(Character(scalar)).utf8)
            }
            position = end + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The character of `#65` / `#x41` (without the `#`), when XML allows it.
    private static func characterReference(_ digits: ArraySlice<UInt8>) -> Unicode.Scalar? {
        var value: UInt32 = 0
        var rest = digits
        let radix: UInt32 = rest.first == UInt8(ascii: "x") ? 16 : 10
        if radix == 16 { rest = rest.dropFirst() }
        guard !rest.isEmpty else { return nil }
        for byte in rest {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value * radix + digit
            guard value <= 0x10FFFF else { return nil }
        }
        guard value == 0x09 || value == 0x0A || value == 0x0D || value >= 0x20 else { return nil }
        return Unicode.Scalar(value)
    }

    private mutating func skipComment() throws(OnAppXMLError) {
        guard let end = find("-->", from: index + 4) else {
            throw OnAppXMLError(
                line: line, column: column, path: "", message: "not well-formed XML: the document ends early")
        }
        advance(to: end + 3)
    }

    /// Skips spaces, tabs and line breaks; whether there were any.
    @discardableResult
    private mutating func skipWhitespace() -> Bool {
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return index > start
            }
        }
        return index > start
    }

    /// Moves to `target`, counting the line breaks passed.
    private mutating func advance(to target: Int) {
        while index < target {
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
    }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pattern = UnsafeBufferPointer(start: text.utf8Start, count: count)
        for offset in 0..<count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    /// The index of the next `text` at or after `start`.
    private func find(_ text: StaticString, from start: Int) -> Int? {
        let count = text.utf8CodeUnitCount
        let pattern = UnsafeBufferPointer(start: text.utf8Start, count: count)
        var position = start
        while position + count <= bytes.count {
            if bytes[position] == pattern[0] {
                var offset = 1
                while offset < count, bytes[position + offset] == pattern[offset] { offset += 1 }
                if offset == count { return position }
            }
            position += 1
        }
        return nil
    }

    /// Name bytes: ASCII letters, `_`, `:` and any non-ASCII byte first; digits, `-` and `.` after.
    private static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"),
            UInt8(ascii: ":"), 0x80...0xFF:
            return true
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return !first
        default:
            return false
        }
    }

    private var column: Int { index - lineStart + 1 }

    private func error<Sink>(_ builder: OnAppXMLRowBuilder<Sink>, _ message: String) -> OnAppXMLError {
        OnAppXMLError(line: line, column: column, path: builder.currentPath, message: message)
    }
}
