import TerminalKit

/// One cell as the terminal will show it, after ``FrameDiff`` normalisation.
enum ScreenCell: Hashable, Sendable {
    /// A grapheme drawn at this cell (covering the next one too when `wide`).
    case glyph(String, Style, wide: Bool)
    /// Covered by the wide grapheme to the left; never written.
    case continuation

    /// The change that draws this cell, or `nil` for a continuation.
    func change(x: Int, y: Int) -> CellChange? {
        switch self {
        case .glyph(let text, let style, let wide):
            return CellChange(x: x, y: y, text: text, style: style, isWide: wide)
        case .continuation:
            return nil
        }
    }
}
