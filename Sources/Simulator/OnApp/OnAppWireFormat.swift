/// The answer format OnApp picks from the path's extension (`vm_stats.json` / `vm_stats.xml`);
/// errors are answered in the same format.
enum OnAppWireFormat: String, Sendable, CaseIterable {
    case json, xml

    /// The `Content-Type` of answers in this format.
    var contentType: String {
        switch self {
        case .json: "application/json; charset=utf-8"
        case .xml: "application/xml; charset=utf-8"
        }
    }
}
