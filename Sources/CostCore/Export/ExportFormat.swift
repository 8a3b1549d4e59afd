/// The file formats costscope writes: `costscope export` writes records in them, the explorer
/// its current view.
public enum ExportFormat: String, CaseIterable, Hashable, Sendable {
    /// Comma-separated values; text cells that a spreadsheet would run as formulas are neutralised.
    case csv
    /// JSON with amounts and quantities as exact decimal strings.
    case json
    /// A Markdown table for tickets and chats, with the view described above it.
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
