/// Durations as people read them in messages and the request log.
public enum DurationText {
    /// Seconds with at most three decimals and no trailing zeros: `30`, `1.5`, `0.25`.
    public static func seconds(_ duration: Duration) -> String {
        let milliseconds = max(
            0, duration.components.seconds * 1_000 + duration.components.attoseconds / 1_000_000_000_000_000)
        let whole = milliseconds / 1_000
        var fraction = String(milliseconds % 1_000)
        guard fraction != "0" else { return String(whole) }
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(whole).\(fraction)"
    }
}
