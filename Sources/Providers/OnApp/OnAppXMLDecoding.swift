import CostCore
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Decodes the XML answer of `GET /users/{id}/vm_stats.xml`: Rails' `to_xml` rendering, a root
/// element (`<vm_stats type="array">`) holding one element per row whose name is not fixed
/// (`vm_hourly_stat` in current panels), typed leaves (`type="decimal"`, `type="float"`,
/// `type="integer"`, `type="datetime"`) and `nil="true"` for null values.
///
/// Foundation's `XMLParser` (libxml2 underneath) does the parsing rather than XMLCoder: the
/// decoder needs the raw text of every amount to read it exactly into ``Amount`` (XMLCoder goes
/// through `Decimal`/`Double`), the `nil` attribute, the nested `<cost>` inside `<cost>` and
/// element paths with line numbers for errors, and it streams, keeping one row's subtree at a
/// time instead of the whole document.
///
/// The same fields are required and optional as in ``OnAppJSONDecoding``; unknown elements are
/// skipped. Errors are ``OnAppXMLError``s with the element path and line.
public enum OnAppXMLDecoding {
    /// The rows of `body`, in document order.
    public static func decode(_ body: [UInt8]) throws(OnAppXMLError) -> [OnAppHourlyStat] {
        try checkParsable(body)
        // The stream form feeds libxml2 in small chunks; handed the whole body at once, the
        // Linux parser reports an internal error at the end of answers over about 10 MB.
        let parser = XMLParser(stream: InputStream(data: Data(body)))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let collector = OnAppXMLRowCollector()
        parser.delegate = collector
        let parsed = parser.parse()
        if let failure = collector.failure { throw failure }
        guard parsed, collector.sawRoot else {
            throw OnAppXMLError(line: parser.lineNumber, path: "", message: "not well-formed XML: no root element")
        }
        guard collector.closedRoot else {
            throw OnAppXMLError(
                line: parser.lineNumber, path: "", message: "not well-formed XML: the document ends early")
        }
        // An error document (`<errors>…</errors>`, `<hash>…</hash>`) sent with status 200 is
        // not a list of no rows.
        guard collector.rootIsList else {
            throw OnAppXMLError(
                line: 1, path: "", message: "expected a list of rows (a root element with type=\"array\")")
        }
        return collector.rows
    }

    /// Refuses what Rails never sends and Foundation's parser does not survive: bytes that are
    /// not UTF-8 (the Linux `XMLParser` traps on element names it cannot decode), another
    /// declared encoding, document type declarations (entity definitions and expansion),
    /// processing instructions (one without data crashes the Linux `XMLParser`) and bodies too
    /// large for the parser's 32-bit length.
    private static func checkParsable(_ body: [UInt8]) throws(OnAppXMLError) {
        guard body.count < Int(Int32.max) else {
            throw OnAppXMLError(line: 1, path: "", message: "the answer is too large to parse as XML")
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw OnAppXMLError(line: 1, path: "", message: "the answer is not valid UTF-8")
        }
        if text.range(of: "<!DOCTYPE", options: .caseInsensitive) != nil || text.contains("<!ENTITY") {
            throw OnAppXMLError(line: 1, path: "", message: "document type declarations are not accepted")
        }
        let head = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        var rest = head[...]
        if head.hasPrefix("<?xml"), let close = head.range(of: "?>") {
            try checkEncoding(head[..<close.lowerBound].lowercased())
            rest = head[close.upperBound...]
        }
        if rest.contains("<?") {
            throw OnAppXMLError(line: 1, path: "", message: "processing instructions are not accepted")
        }
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

    /// The row held by `node` (a child of the root element).
    static func row(from node: OnAppXMLNode) throws(OnAppXMLError) -> OnAppHourlyStat {
        let statText = try requiredText(node, "stat_time")
        guard let statTime = OnAppTimestamp.parse(statText.text) else {
            throw statText.node.error("expected a timestamp such as 2026-03-01T10:00:00Z")
        }
        let currency = try requiredText(node, "currency_code")
        var row = OnAppHourlyStat(
            rootKey: node.name, statTime: statTime, currencyCode: currency.text,
            totalCost: try requiredAmount(node, "total_cost"))
        row.usageCost = try optionalAmount(node, "usage_cost")
        row.vmResourcesCost = try optionalAmount(node, "vm_resources_cost")
        row.userID = optionalText(node, "user_id")
        row.virtualMachineID = optionalText(node, "virtual_machine_id")
        if let stats = node.child("billing_stats"), !stats.isNil {
            for group in stats.children where !group.isNil {
                var items: [OnAppBillingItem] = []
                for item in group.children {
                    items.append(try billingItem(item))
                }
                row.billingStats.append(OnAppBillingGroup(name: group.name, items: items))
            }
        }
        return row
    }

    private static func billingItem(_ node: OnAppXMLNode) throws(OnAppXMLError) -> OnAppBillingItem {
        let id = try requiredText(node, "id").text
        let label = node.child("label").flatMap { $0.isNil ? nil : $0.text }
        var costs: [OnAppResourceCost] = []
        if let list = node.child("costs"), !list.isNil {
            for entry in list.children {
                let name = try requiredText(entry, "resource_name").text
                var value: Amount?
                if let text = optionalText(entry, "value") {
                    guard let parsed = Amount(roundingExcessDigits: text) else {
                        throw (entry.child("value") ?? entry).error("expected a number")
                    }
                    value = parsed
                }
                costs.append(
                    OnAppResourceCost(
                        resourceName: name, value: value, cost: try requiredAmount(entry, "cost"),
                        resourceID: optionalText(entry, "resource_id")))
            }
        }
        return OnAppBillingItem(id: id, label: label, costs: costs)
    }

    /// The trimmed text of the child `name`; nil when absent, `nil="true"` or empty.
    private static func optionalText(_ node: OnAppXMLNode, _ name: String) -> String? {
        guard let child = node.child(name), !child.isNil else { return nil }
        let text = child.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// The trimmed text of the child `name`, which must be present and not empty.
    private static func requiredText(_ node: OnAppXMLNode, _ name: String) throws(OnAppXMLError)
        -> (text: String, node: OnAppXMLNode)
    {
        guard let child = node.child(name), !child.isNil else {
            throw node.error("missing required element <\(name)>")
        }
        let text = child.text.trimmingCharacters(in: .whitespacesAndNewlines)
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
