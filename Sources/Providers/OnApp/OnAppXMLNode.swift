/// One element of an OnApp XML answer below the root, as the streaming decoder collects it:
/// only one row's subtree exists at a time.
final class OnAppXMLNode {
    /// The element name.
    let name: String
    /// The element's attributes (`type`, `nil`).
    let attributes: [String: String]
    /// The line the element starts on.
    let line: Int
    /// The element's path for errors, e.g. `vm_stats.vm_hourly_stat[3].total_cost`.
    let path: String
    /// The text directly inside the element.
    var text = ""
    /// The child elements, in document order.
    var children: [OnAppXMLNode] = []

    init(name: String, attributes: [String: String], line: Int, path: String) {
        self.name = name
        self.attributes = attributes
        self.line = line
        self.path = path
    }

    /// Whether the element is marked `nil="true"`.
    var isNil: Bool { attributes["nil"] == "true" }

    /// The first child named `name`.
    func child(_ name: String) -> OnAppXMLNode? {
        children.first { $0.name == name }
    }

    /// An error about this element.
    func error(_ message: String) -> OnAppXMLError {
        OnAppXMLError(line: line, path: path, message: message)
    }
}
