import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The `XMLParser` delegate behind ``OnAppXMLDecoding``: it builds the subtree of one row at a
/// time, turns it into an ``OnAppHourlyStat`` when the row's element ends and forgets it, so a
/// month of rows never sits in memory as a tree. The first problem stops the parser.
final class OnAppXMLRowCollector: NSObject, XMLParserDelegate {
    /// The rows read so far, in document order.
    private(set) var rows: [OnAppHourlyStat] = []
    /// The first problem met, if any.
    private(set) var failure: OnAppXMLError?
    /// Whether the root element was seen.
    private(set) var sawRoot = false
    /// Whether the root element was closed.
    private(set) var closedRoot = false
    /// Whether the root element is a list (`type="array"`), as Rails renders one, even an empty one.
    private(set) var rootIsList = false

    private var rootName = ""
    private var depth = 0
    /// Open elements below the root, outermost first.
    private var stack: [OnAppXMLNode] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        depth += 1
        guard depth > 1 else {
            sawRoot = true
            rootName = elementName
            rootIsList = attributes["type"] == "array"
            return
        }
        let path: String
        if let parent = stack.last {
            let isArray = parent.attributes["type"] == "array"
            path = parent.path + "." + elementName + (isArray ? "[\(parent.children.count)]" : "")
        } else {
            path = "\(rootName).\(elementName)[\(rows.count)]"
        }
        let node = OnAppXMLNode(name: elementName, attributes: attributes, line: parser.lineNumber, path: path)
        stack.last?.children.append(node)
        stack.append(node)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil else { return }
        depth -= 1
        if depth == 0 { closedRoot = true }
        guard depth >= 1, let node = stack.popLast() else { return }
        guard depth == 1 else { return }
        do {
            rows.append(try OnAppXMLDecoding.row(from: node))
        } catch {
            failure = error
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil, let node = stack.last, node.children.isEmpty else { return }
        node.text += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        guard failure == nil, let node = stack.last, node.children.isEmpty else { return }
        node.text += String(decoding: block, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard failure == nil else { return }
        failure = OnAppXMLError(
            line: parser.lineNumber, column: parser.columnNumber, path: stack.last?.path ?? rootName,
            message: Self.describe(parseError))
    }

    /// A short description of a parser error that quotes nothing from the input.
    static func describe(_ error: any Error) -> String {
        let code = (error as NSError).code
        switch XMLParser.ErrorCode(rawValue: code) {
        case .prematureDocumentEndError?: return "not well-formed XML: the document ends early"
        case .emptyDocumentError?: return "not well-formed XML: the document is empty"
        case .tagNameMismatchError?: return "not well-formed XML: an end tag does not match its start tag"
        case .extraContentError?: return "not well-formed XML: content after the root element"
        case .documentStartError?: return "not well-formed XML: no root element"
        case .invalidCharacterError?, .invalidCharacterInEntityError?, .invalidCharacterRefError?:
            return "not well-formed XML: an invalid character"
        default: return "not well-formed XML (XML parser error \(code))"
        }
    }
}
