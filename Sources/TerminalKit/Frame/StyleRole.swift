/// A semantic role for a cell. Views pick roles; themes turn roles into colours.
///
/// Every meaning conveyed by a role is also conveyed by a glyph or by text, so a
/// monochrome terminal loses no information.
public enum StyleRole: String, CaseIterable, Sendable, Hashable {
    /// Ordinary text.
    case text
    /// De-emphasised text: hints, axis labels, secondary columns.
    case muted
    /// The border of a pane that does not have focus.
    case border
    /// The border of the focused pane.
    case focusedBorder
    /// A pane title or the header bar.
    case title
    /// A row label in a chart.
    case label
    /// A bar in a chart.
    case bar
    /// The bar of the selected row.
    case selectedBar
    /// The highlighted (selected) row or list entry.
    case selection
    /// A money amount.
    case amount
    /// A favourable change (spend went down).
    case positive
    /// An unfavourable change (spend went up).
    case negative
    /// A detected spike.
    case spike
    /// An error message.
    case error
    /// A key name in help text and the footer.
    case key
}
