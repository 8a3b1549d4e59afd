/// Whether the terminal backend uses colour.
public enum ColorMode: String, CaseIterable, Sendable, Hashable {
    /// Use colour when the terminal supports it and `NO_COLOR` is not set.
    case auto
    /// Never use colour: attributes (bold, reverse, underline) only.
    case never
    /// Use colour whenever the terminal supports it, even if `NO_COLOR` is set.
    case always
}
