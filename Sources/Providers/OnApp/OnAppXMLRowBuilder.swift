/// Turns the element events of an OnApp XML answer into rows: it builds the subtree of one
/// row at a time, hands it to the sink as ``OnAppRowFields`` when the row's element ends and
/// forgets it, so a month of rows never sits in memory as a tree. The first problem is thrown.
struct OnAppXMLRowBuilder<Sink: OnAppRowSink> {
    /// What receives the rows, in document order.
    private(set) var sink: Sink
    /// The rows read so far.
    private(set) var rowCount = 0
    private var fields = OnAppRowFields()
    /// Whether the root element was seen.
    private(set) var sawRoot = false
    /// Whether the root element was closed.
    private(set) var closedRoot = false
    /// Whether the root element is a list (`type="array"`), as Rails renders one, even an empty one.
    private(set) var rootIsList = false
    /// What was read leniently so far.
    var warnings: OnAppFieldWarnings

    private(set) var rootName = ""
    private var depth = 0
    /// Open elements below the root, outermost first.
    private var stack: [OnAppXMLNode] = []

    init(sink: Sink, warnings: OnAppFieldWarnings) {
        self.sink = sink
        self.warnings = warnings
    }

    /// The path of the innermost open element, for errors.
    var currentPath: String { stack.last?.path ?? rootName }

    /// Whether text met now belongs to an element (one without child elements so far).
    var wantsText: Bool { stack.last.map { $0.children.isEmpty } ?? false }

    /// An element starts on `line`, marked `type="array"` and `nil="true"` or not.
    mutating func start(_ name: String, isArray: Bool, isNil: Bool, line: Int) {
        depth += 1
        guard depth > 1 else {
            sawRoot = true
            rootName = name
            rootIsList = isArray
            return
        }
        let node: OnAppXMLNode
        if let parent = stack.last {
            node = OnAppXMLNode(child: name, of: parent, isArray: isArray, isNil: isNil, line: line)
        } else {
            node = OnAppXMLNode(
                row: name, isArray: isArray, isNil: isNil, line: line, path: "\(rootName).\(name)[\(rowCount)]")
        }
        stack.append(node)
    }

    /// The innermost open element ends; a row's element becomes a row.
    mutating func end() throws(OnAppXMLError) {
        depth -= 1
        if depth == 0 { closedRoot = true }
        guard depth >= 1, let node = stack.popLast(), depth == 1 else { return }
        try OnAppXMLDecoding.read(node, into: &fields, names: &sink.names, warnings: &warnings)
        sink.take(fields, index: rowCount)
        rowCount += 1
    }

    /// Text inside the innermost open element.
    mutating func text(_ string: String) {
        guard let node = stack.last, node.children.isEmpty else { return }
        node.text += string
    }
}
