import CostCore

/// Seeweb's money: euro amounts (by default; see ``SeewebAccount/currency``) that its API prints
/// as binary floats — `2.64`, but also `2.6399999999999997` or `2.6400000000001` for the same
/// bill. Seeweb invoices in whole cents, so every money value is rounded to the cent, half away
/// from zero, from the decimal text itself (never through `Double`): float noise vanishes and
/// the sums equal the bill.
enum SeewebMoney {
    /// Fractional digits kept: cents.
    static let places = 2

    /// The amount in `text` rounded to the cent, or nil when `text` is not a decimal number
    /// (an exponent is allowed) or has more than ``Amount/maxIntegerDigits`` integer digits.
    static func amount(_ text: some StringProtocol) -> Amount? {
        Amount(text, roundedToPlaces: places)
    }
}
