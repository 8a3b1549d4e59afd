/// Euro amounts written the way the Python behind Seeweb's API writes floats: the shortest
/// exact decimal with at least one fractional digit (`2.64`, `0.5`, `0.0`, `12.0`).
enum SeewebMoneyText {
    /// The text of `cents` euro cents.
    static func text(cents: Int64) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// The text of a template's monthly fee: an integer when it is whole (the seed's sample
    /// has `"cost": 2`), otherwise like ``text(cents:)``.
    static func fee(cents: Int64) -> String {
        cents % 100 == 0 ? String(cents / 100) : text(cents: cents)
    }
}
