/// One element of an OnApp XML answer below the root, as the streaming decoder collects it:
/// only one row's subtree exists at a time.
final class OnAppXMLNode {
    /// The element name.
    let name: String
    /// Whether the element is marked `type="array"`.
    let isArray: Bool
    /// Whether the element is marked `nil="true"`.
    let isNil: Bool
    /// The line the element starts on.
    let line: Int
    /// The text directly inside the element.
    var text = ""
    /// The child elements, in document order.
    var children: [OnAppXMLNode] = []
    /// Where the element sits: a row under the root, or the n-th child of its parent. The
    /// path is put together only for an error, so reading costs no string per element.
    private let place: Place

    private enum Place {
        /// A row: `vm_stats.vm_hourly_stat[3]`.
        case row(String)
        /// Below a row; `index` when the parent is an array.
        case child(parent: Unmanaged<OnAppXMLNode>, index: Int?)
    }

    /// A row element whose path is `path`.
    init(row name: String, isArray: Bool, isNil: Bool, line: Int, path: String) {
        self.name = name
        self.isArray = isArray
        self.isNil = isNil
        self.line = line
        self.place = .row(path)
    }

    /// An element inside `parent`, appended to its children. The parent outlives its children:
    /// the row's tree is let go as a whole.
    init(child name: String, of parent: OnAppXMLNode, isArray: Bool, isNil: Bool, line: Int) {
        self.name = name
        self.isArray = isArray
        self.isNil = isNil
        self.line = line
        self.place = .child(parent: .passUnretained(parent), index: parent.isArray ? parent.children.count : nil)
        parent.children.append(self)
    }

    /// The element's path for errors, e.g. `vm_stats.vm_hourly_stat[3].total_cost`.
    var path: String {
        switch place {
        case .row(let path): return path
        case .child(let parent, let index):
            return parent.takeUnretainedValue().path + "." + name + (index.map { "[\($0)]" } ?? "")
        }
    }

    /// The first child named `name`.
    func child(_ name: String) -> OnAppXMLNode? {
        children.first { $0.name == name }
    }

    /// An error about this element.
    func error(_ message: String) -> OnAppXMLError {
        OnAppXMLError(line: line, path: path, message: message)
    }
}
