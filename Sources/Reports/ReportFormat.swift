/// How a report is written.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Aligned columns for people.
    case table
    /// Comma-separated values with exact amounts; text cells are neutralised against formula injection.
    case csv
    /// `{"groups": [...], "totals": [...]}` with amounts as exact decimal strings.
    case json
    /// A Markdown table (GitHub style) for pasting into tickets and chats; `|` in labels escaped.
    case markdown
}
