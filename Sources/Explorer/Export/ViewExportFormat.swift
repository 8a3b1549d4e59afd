/// The file formats the explorer exports a view in.
public enum ViewExportFormat: String, CaseIterable, Hashable, Sendable {
    /// Comma-separated values; text cells that a spreadsheet would run as formulas are neutralised.
    case csv
    /// JSON with amounts as exact decimal strings.
    case json
    /// A Markdown table with the view described above it.
    case markdown

    /// The name shown in menus, e.g. `CSV`.
    public var title: String {
        switch self {
        case .csv: "CSV"
        case .json: "JSON"
        case .markdown: "Markdown"
        }
    }

    /// The file name extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .csv: "csv"
        case .json: "json"
        case .markdown: "md"
        }
    }
}
