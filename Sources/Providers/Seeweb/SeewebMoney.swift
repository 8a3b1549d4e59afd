import CostCore

/// Seeweb's money: euro amounts (by default; see ``SeewebAccount/currency``) that its API prints
/// as binary floats — `2.64`, but also `2.6399999999999997` or `2.6400000000001` for the same
/// bill. Seeweb is taken to invoice in whole cents (its documents do not say), so every money
/// value is rounded to the cent, half away from zero, from the decimal text itself (never
/// through `Double`): float noise vanishes and the sums equal the bill. A value further from
/// its cent than float noise can be (`0.0123`) is still rounded, and said so.
enum SeewebMoney {
    /// Fractional digits kept: cents.
    static let places = 2

    /// The amount in `text` rounded to the cent, and whether the text held more than float noise
    /// below the cent; nil when `text` is not a decimal number (an exponent is allowed) or has
    /// more than ``Amount/maxIntegerDigits`` integer digits.
    static func amount(_ text: some StringProtocol) -> (amount: Amount, belowCent: Bool)? {
        guard let rounded = Amount(text, roundedToPlaces: places) else { return nil }
        guard let exact = Amount(roundingExcessDigits: text) else { return (rounded, false) }
        // A binary float's error is below 10⁻¹⁵ of its value; allow a nanocent more.
        let noise = 1_000 + rounded.units.magnitude / 100_000_000_000_000
        return (rounded, (exact - rounded).units.magnitude > noise)
    }

    /// The sentence for a value rounded by more than float noise; `place` is where it was found.
    static func roundedNote(_ place: String, _ text: String, to amount: Amount) -> String {
        "\(place): \(ServerText.quote(text)) has digits below the cent and is counted as \(amount) "
            + "(Seeweb is taken to bill whole cents)"
    }
}
