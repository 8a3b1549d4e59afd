/// What kind of change a flagged bucket (or a merged ``ChangeEvent``) shows; see ``ChangeDetector``.
public enum ChangeLabel: String, CaseIterable, Sendable, Hashable, Codable {
    /// Well above the baseline: the rise beats the robust z-score, the percentage and the amount thresholds.
    case spike
    /// Well below the baseline, by the same three tests.
    case drop
    /// Spend where the whole baseline window before it had none.
    case new
    /// No spend for at least two buckets after a baseline window with spend in every bucket.
    case stopped
    /// A sustained upward trend rather than a jump (Theil–Sen slope; see ``ChangeDetector``).
    case growing

    /// Whether the label means spend went up.
    public var isIncrease: Bool {
        switch self {
        case .spike, .new, .growing: true
        case .drop, .stopped: false
        }
    }
}
