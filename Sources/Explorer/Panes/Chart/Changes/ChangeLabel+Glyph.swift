import CostCore

extension ChangeLabel {
    /// The one-cell mark of the label: `▲ ▼ + × ↗`, or `^ v + x /` in ASCII.
    public func glyph(ascii: Bool) -> String {
        switch self {
        case .spike: ascii ? "^" : "▲"
        case .drop: ascii ? "v" : "▼"
        case .new: "+"
        case .stopped: ascii ? "x" : "×"
        case .growing: ascii ? "/" : "↗"
        }
    }
}
