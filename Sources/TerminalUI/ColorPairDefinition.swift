/// A colour pair the backend must define (`init_extended_pair`) before use.
public struct ColorPairDefinition: Hashable, Sendable {
    /// The pair number, 1 or more.
    public var number: Int
    /// Foreground colour number, `-1` for the terminal default.
    public var foreground: Int
    /// Background colour number, `-1` for the terminal default.
    public var background: Int

    public init(number: Int, foreground: Int, background: Int) {
        self.number = number
        self.foreground = foreground
        self.background = background
    }
}
