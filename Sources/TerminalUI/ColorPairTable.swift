/// Lazily allocated colour pairs: one pair number per distinct
/// (foreground, background), cached for the whole session.
///
/// Pair 0 is the terminal's default pair and is never redefined. When the
/// terminal cannot use default colours (no `use_default_colors`), `-1` is
/// replaced by white text on black. When the terminal's pairs run out, further
/// combinations fall back to pair 0 (attributes still apply).
public struct ColorPairTable: Sendable, Hashable {
    private struct Colors: Hashable, Sendable {
        var foreground: Int
        var background: Int
    }

    /// How many pairs the terminal has (`COLOR_PAIRS`), including pair 0.
    public let capacity: Int
    /// Whether `-1` (terminal default) is a valid colour number.
    public let defaultColors: Bool
    private var numbers: [Colors: Int] = [:]
    private var nextNumber = 1

    public init(capacity: Int, defaultColors: Bool) {
        self.capacity = max(1, capacity)
        self.defaultColors = defaultColors
    }

    /// The number of pairs allocated so far (pair 0 not counted).
    public var allocatedCount: Int { nextNumber - 1 }

    /// The pair for a combination, and its definition if it was just allocated.
    public mutating func pair(foreground: Int, background: Int) -> (number: Int, definition: ColorPairDefinition?) {
        let colors = Colors(
            foreground: foreground < 0 && !defaultColors ? 7 : foreground,
            background: background < 0 && !defaultColors ? 0 : background
        )
        if colors.foreground == -1 && colors.background == -1 { return (0, nil) }
        if !defaultColors && colors.foreground == 7 && colors.background == 0 { return (0, nil) }
        if let number = numbers[colors] { return (number, nil) }
        guard nextNumber < capacity else { return (0, nil) }
        let number = nextNumber
        nextNumber += 1
        numbers[colors] = number
        let definition = ColorPairDefinition(
            number: number, foreground: colors.foreground, background: colors.background
        )
        return (number, definition)
    }
}
