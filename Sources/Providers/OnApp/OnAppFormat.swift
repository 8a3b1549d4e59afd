/// Which rendering of the statistics the client asks OnApp for: the control panel serves the
/// same rows as `vm_stats.json` and `vm_stats.xml`.
public enum OnAppFormat: String, Sendable, Hashable, CaseIterable {
    /// `vm_stats.json`, decoded with ``JSONReader`` (the default: smaller and faster).
    case json
    /// `vm_stats.xml`, decoded with ``OnAppXMLReader``.
    case xml

    /// The path extension, `json` or `xml`.
    public var fileExtension: String { rawValue }

    /// The `Accept` header sent with requests in this format.
    public var acceptHeader: String {
        switch self {
        case .json: "application/json"
        case .xml: "application/xml"
        }
    }
}
