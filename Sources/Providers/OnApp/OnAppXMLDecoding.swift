import CostCore
import Foundation

/// Decodes the XML answer of `GET /users/{id}/vm_stats.xml`: Rails' `to_xml` rendering, a root
/// element (`<vm_stats type="array">`) holding one element per row whose name is not fixed
/// (`vm_hourly_stat` in current panels), typed leaves (`type="decimal"`, `type="float"`,
/// `type="integer"`, `type="datetime"`) and `nil="true"` for null values.
///
/// ``OnAppXMLReader``, a byte reader, does the parsing rather than XMLCoder or Foundation's
/// `XMLParser`: the decoder needs the raw text of every amount to read it exactly into
/// ``Amount`` (XMLCoder goes through `Decimal`/`Double`), the `nil` attribute, the nested
/// `<cost>` inside `<cost>` and element paths with line numbers for errors; it keeps one row's
/// subtree at a time instead of the whole document; and it reads several times faster than
/// `XMLParser`, whose per-event strings and dictionaries made XML far slower than JSON.
///
/// `billing_stats` is read in the same shapes as in ``OnAppJSONDecoding``: an object of
/// lists, or an array of billing details (`<billing_stats type="array">` holding elements with
/// lists, `<billing_stat><disks type="array">…`, or root-wrapped items, `<disk>…</disk>`).
///
/// The same fields are required and optional as in ``OnAppJSONDecoding``; unknown elements are
/// skipped. Errors are ``OnAppXMLError``s with the element path and line.
public enum OnAppXMLDecoding {
    /// The rows of `body`, in document order; lenient reads are not reported.
    public static func decode(_ body: [UInt8]) throws(OnAppXMLError) -> [OnAppHourlyStat] {
        var warnings = OnAppFieldWarnings()
        return try decode(body, warnings: &warnings)
    }

    /// The rows of `body`, in document order, adding what was read leniently to `warnings`.
    public static func decode(_ body: [UInt8], warnings: inout OnAppFieldWarnings) throws(OnAppXMLError)
        -> [OnAppHourlyStat]
    {
        try read(body, into: OnAppRowCollector(), warnings: &warnings).rows
    }

    /// Reads `body`, handing each row to `sink` as its element ends; returns the sink. The
    /// rules are ``decode(_:warnings:)``'s.
    static func read<Sink: OnAppRowSink>(_ body: [UInt8], into sink: Sink, warnings: inout OnAppFieldWarnings)
        throws(OnAppXMLError) -> Sink
    {
        try checkParsable(body)
        var builder = OnAppXMLRowBuilder(sink: sink, warnings: warnings)
        defer { warnings = builder.warnings }
        try OnAppXMLReader.read(body, into: &builder)
        try finish(builder, parsed: true, line: 1)
        return builder.sink
    }

    /// Throws unless the document was read to its end and is a list of rows.
    static func finish<Sink>(_ builder: OnAppXMLRowBuilder<Sink>, parsed: Bool, line: Int) throws(OnAppXMLError) {
        guard parsed, builder.sawRoot else {
            throw OnAppXMLError(line: line, path: "", message: "not well-formed XML: no root element")
        }
        guard builder.closedRoot else {
            throw OnAppXMLError(line: line, path: "", message: "not well-formed XML: the document ends early")
        }
        // An error document (`<errors>…</errors>`, `<hash>…</hash>`) sent with status 200 is
        // not a list of no rows.
        guard builder.rootIsList else {
            throw OnAppXMLError(
                line: 1, path: "", message: "expected a list of rows (a root element with type=\"array\")")
        }
    }

    /// Refuses what Rails never sends: bytes that are not UTF-8, another declared encoding,
    /// document type declarations (entity definitions and expansion), processing instructions
    /// and bodies over 2 GB. One pass over the bytes, so a large answer costs little here.
    private static func checkParsable(_ body: [UInt8]) throws(OnAppXMLError) {
        guard body.count < Int(Int32.max) else {
            throw OnAppXMLError(line: 1, path: "", message: "the answer is too large to parse as XML")
        }
        guard String(validating: body, as: UTF8.self) != nil else {
            throw OnAppXMLError(line: 1, path: "", message: "the answer is not valid UTF-8")
        }
        var declarationEnd = 0
        var head = body.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while head < body.count, [0x20, 0x09, 0x0A, 0x0D].contains(body[head]) { head += 1 }
        if body[head...].starts(with: "<?xml".utf8), let close = firstIndex(of: "?>", in: body, from: head) {
            try checkEncoding(String(decoding: body[head..<close], as: UTF8.self).lowercased())
            declarationEnd = close + 2
        }
        var sawInstruction = false
        for index in body.indices.dropLast() where body[index] == UInt8(ascii: "<") {
            let next = body[index + 1]
            if next == UInt8(ascii: "!"),
                matches("DOCTYPE", in: body, at: index + 2, ignoringCase: true)
                    || matches("ENTITY", in: body, at: index + 2)
            {
                throw OnAppXMLError(line: 1, path: "", message: "document type declarations are not accepted")
            }
            if next == UInt8(ascii: "?"), index >= declarationEnd { sawInstruction = true }
        }
        if sawInstruction {
            throw OnAppXMLError(line: 1, path: "", message: "processing instructions are not accepted")
        }
    }

    /// Whether `body` holds the ASCII `word` at `start`.
    private static func matches(_ word: String, in body: [UInt8], at start: Int, ignoringCase: Bool = false) -> Bool {
        let pattern = Array(word.utf8)
        guard start + pattern.count <= body.count else { return false }
        for (offset, byte) in pattern.enumerated() {
            let found = body[start + offset]
            guard found == byte || (ignoringCase && found | 0x20 == byte | 0x20) else { return false }
        }
        return true
    }

    /// The index of the first `text` in `body` at or after `start`.
    private static func firstIndex(of text: String, in body: [UInt8], from start: Int) -> Int? {
        (start..<max(start, body.count)).first { matches(text, in: body, at: $0) }
    }

    /// Refuses an XML declaration that names an encoding other than UTF-8.
    private static func checkEncoding(_ declaration: String) throws(OnAppXMLError) {
        guard let key = declaration.range(of: "encoding") else { return }
        let value = declaration[key.upperBound...].drop { $0 == "=" || $0 == " " || $0 == "\"" || $0 == "'" }
            .prefix { $0 != "\"" && $0 != "'" && $0 != " " }
        guard value == "utf-8" || value == "utf8" else {
            throw OnAppXMLError(line: 1, path: "", message: "only UTF-8 answers are accepted")
        }
    }

    /// The row elements the decoder reads.
    private static let rowFields: Set<String> = [
        "stat_time", "currency_code", "total_cost", "usage_cost", "vm_resources_cost", "user_id",
        "virtual_machine_id", "billing_stats",
    ]

    /// Reads the row held by `node` (a child of the root element) into `row`.
    static func read(
        _ node: OnAppXMLNode, into row: inout OnAppRowFields, names: inout NameTable,
        warnings: inout OnAppFieldWarnings
    ) throws(OnAppXMLError) {
        let statText = try requiredText(node, "stat_time")
        guard let statTime = OnAppTimestamp.parse(statText.text) else {
            throw statText.node.error("expected a timestamp such as 2026-03-01T10:00:00Z")
        }
        let currency = try requiredText(node, "currency_code")
        let totalCost = try requiredAmount(node, "total_cost")
        row.reset()
        row.rootKey = names.code(of: node.name)
        row.statTime = statTime
        row.currencyCode = names.code(of: currency.text)
        row.totalCost = totalCost
        row.usageCost = try optionalAmount(node, "usage_cost")
        row.vmResourcesCost = try optionalAmount(node, "vm_resources_cost")
        row.userID = code(optionalText(node, "user_id"), &names)
        row.virtualMachineID = code(optionalText(node, "virtual_machine_id"), &names)
        for child in node.children where !rowFields.contains(child.name) {
            warnings.unknownRowField(child.name) { describe(child) }
        }
        if let stats = node.child("billing_stats"), !stats.isNil {
            if stats.isArray { warnings.sawArrayStats = true }
            try collectGroups(in: stats, into: &row, names: &names, warnings: &warnings, depth: 0)
        }
    }

    private static func code(_ text: String?, _ names: inout NameTable) -> Int32 {
        text.map { names.code(of: $0) } ?? -1
    }

    /// Collects the breakdown under `node`: a child holding `id` or `costs` is a root-wrapped
    /// item (`<disk>`, grouped as `disks`); a child marked `type="array"` or holding only items
    /// is a group (`<disks type="array">`); any other child (`<billing_stat>`, an element of
    /// `billing_stats` sent as an array) holds groups of its own.
    private static func collectGroups(
        in node: OnAppXMLNode, into row: inout OnAppRowFields, names: inout NameTable,
        warnings: inout OnAppFieldWarnings, depth: Int
    ) throws(OnAppXMLError) {
        for child in node.children where !child.isNil {
            if isItem(child) {
                let group = names.code(of: OnAppBillingGroup.groupName(ofItem: child.name))
                try readItem(child, group: group, into: &row, names: &names, warnings: &warnings)
            } else if child.isArray || (!child.children.isEmpty && child.children.allSatisfy(isItem))
                || depth > 0
            {
                let group = names.code(of: child.name)
                row.group(group)
                for item in child.children {
                    try readItem(item, group: group, into: &row, names: &names, warnings: &warnings)
                }
            } else {
                try collectGroups(in: child, into: &row, names: &names, warnings: &warnings, depth: depth + 1)
            }
        }
    }

    /// Whether `node` is a breakdown item rather than a group of them.
    private static func isItem(_ node: OnAppXMLNode) -> Bool {
        node.child("id") != nil || node.child("costs") != nil
    }

    /// An element's value for a warning: its text quoted, or that it holds elements.
    private static func describe(_ node: OnAppXMLNode) -> String {
        if node.isNil { return "null" }
        if !node.children.isEmpty { return "an element with children" }
        return ServerText.quote(trimmed(node.text))
    }

    private static func readItem(
        _ node: OnAppXMLNode, group: Int32, into row: inout OnAppRowFields, names: inout NameTable,
        warnings: inout OnAppFieldWarnings
    ) throws(OnAppXMLError) {
        let id = names.code(of: try requiredText(node, "id").text)
        let label = node.child("label").flatMap { $0.isNil ? nil : names.code(of: $0.text) } ?? -1
        let start = row.nextCost
        if let list = node.child("costs"), !list.isNil {
            for entry in list.children {
                let name = names.code(of: try requiredText(entry, "resource_name").text)
                var value: Amount?
                if let text = optionalText(entry, "value") {
                    value = Amount(roundingExcessDigits: text)
                    if value == nil {
                        warnings.oddValue(
                            field: "billing_stats cost value", value: ServerText.quote(text), expected: "a number")
                    }
                }
                row.addCost(
                    OnAppRowFields.Cost(
                        resourceName: name, value: value, cost: try requiredAmount(entry, "cost"),
                        resourceID: code(optionalText(entry, "resource_id"), &names)))
            }
        }
        row.addItem(group: group, id: id, label: label, costsFrom: start)
    }

    /// `text` without leading and trailing white space; as is, without copying, in the usual
    /// case of nothing to trim.
    private static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        if first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The trimmed text of the child `name`; nil when absent, `nil="true"` or empty.
    private static func optionalText(_ node: OnAppXMLNode, _ name: String) -> String? {
        guard let child = node.child(name), !child.isNil else { return nil }
        let text = trimmed(child.text)
        return text.isEmpty ? nil : text
    }

    /// The trimmed text of the child `name`, which must be present and not empty.
    private static func requiredText(_ node: OnAppXMLNode, _ name: String) throws(OnAppXMLError)
        -> (text: String, node: OnAppXMLNode)
    {
        guard let child = node.child(name), !child.isNil else {
            throw node.error("missing required element <\(name)>")
        }
        let text = trimmed(child.text)
        guard !text.isEmpty else { throw child.error("<\(name)> is empty") }
        return (text, child)
    }

    /// The exact amount in the child `name`, which must be present.
    private static func requiredAmount(_ node: OnAppXMLNode, _ name: String) throws(OnAppXMLError) -> Amount {
        let (text, child) = try requiredText(node, name)
        guard let amount = Amount(roundingExcessDigits: text) else {
            throw child.error("expected a decimal number")
        }
        return amount
    }

    /// The exact amount in the child `name`; nil when absent or `nil="true"`.
    private static func optionalAmount(_ node: OnAppXMLNode, _ name: String) throws(OnAppXMLError) -> Amount? {
        guard optionalText(node, name) != nil else { return nil }
        return try requiredAmount(node, name)
    }
}
