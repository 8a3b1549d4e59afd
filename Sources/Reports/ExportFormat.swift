/// How `costscope export` writes records.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// One row per record; text cells neutralised against formula injection; amounts exact.
    case csv
    /// `{"records": [...]}` with amounts and quantities as exact decimal strings.
    case json
    /// A Markdown table for tickets and chats.
    case markdown
}
