/// The characters used for borders, bars and markers, in Unicode or ASCII.
public struct Glyphs: Sendable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    /// Horizontal bar fill, from one eighth to a full cell (the last is full).
    public var horizontalEighths: [String]
    /// Vertical bar fill, from one eighth to a full cell (the last is full).
    public var verticalEighths: [String]
    /// A bucket with no data at all.
    public var gap: String
    /// Fill for a bucket whose period is still running.
    public var partialFill: String
    /// Tree branches for nested rows.
    public var branch: String
    public var lastBranch: String
    /// Marks the selected row (so selection does not rely on colour).
    public var selectionMarker: String
    /// Separates breadcrumbs.
    public var crumbSeparator: String
    /// Marks an incomplete period.
    public var incomplete: String
    /// Shown where text was cut.
    public var ellipsis: String

    /// Unicode box drawing and block elements.
    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        horizontalEighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        verticalEighths: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], gap: "·", partialFill: "░", branch: "├─ ",
        lastBranch: "└─ ",
        selectionMarker: "▶", crumbSeparator: " › ", incomplete: "◔", ellipsis: "…")

    /// Plain ASCII for terminals without a UTF-8 locale.
    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        horizontalEighths: ["", "", "", "-", "-", "-", "-", "#"],
        verticalEighths: ["_", "_", ".", ".", ":", ":", "|", "#"], gap: ".", partialFill: ":", branch: "|- ",
        lastBranch: "`- ",
        selectionMarker: ">", crumbSeparator: " > ", incomplete: "*", ellipsis: "~")

    /// The set for a state.
    public static func forASCII(_ ascii: Bool) -> Glyphs { ascii ? .ascii : .unicode }
}
