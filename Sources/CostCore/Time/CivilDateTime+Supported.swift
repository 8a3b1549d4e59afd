extension CivilDateTime {
    /// The years a date given by a person may fall in (`--now`, `--from`/`--to`, a typed range,
    /// `COSTSCOPE_NOW`): wide enough for any bill, and narrow enough that no calendar or
    /// simulator arithmetic on it can overflow.
    public static let supportedYears = 2000...2100

    /// The supported dates as a phrase for messages.
    public static let supportedRangeText = "2000-01-01 to 2100-12-31"

    /// Whether the date lies in ``supportedYears``.
    public var isSupported: Bool { Self.supportedYears.contains(year) }
}
