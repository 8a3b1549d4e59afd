/// Euro amounts written the way the Python behind Seeweb's API writes floats: the shortest
/// exact decimal with at least one fractional digit (`2.64`, `0.5`, `0.0`, `12.0`).
///
/// With ``floats`` (the `seeweb-float-money` variation) the texts are those of binary floats
/// near the cent value instead, as a server that adds prices in floating point prints them:
/// the shortest text of the float nearest to the value, of its neighbours
/// (`2.6399999999999997`), the value with a stray last digit (`2.6400000000001`), and for
/// `cost` the float sum of the parts. The ground truth stays in whole cents; only the text
/// changes, and it always lies far closer to its cent than half a cent.
struct SeewebMoneyText: Sendable {
    /// Whether money is written as binary-float texts.
    var floats = false

    /// The text of `cents` euro cents; `salt` (any number that varies between fields) picks
    /// the float form so that every form appears in one answer.
    func text(cents: Int64, salt: Int = 0) -> String {
        guard floats, cents > 0 else { return Self.exact(cents: cents) }
        // A Double here imitates the provider's own arithmetic; the simulator's money stays in cents.
        let nearest = Double(cents) / 100
        switch (Int(cents % 7) + salt) % 4 {
        case 0: return nearest.description
        case 1: return nearest.nextDown.description
        case 2: return nearest.nextUp.description
        default: return Self.exact(cents: cents, places: 2) + "00000000001"
        }
    }

    /// The text of a server's `cost`: with ``floats``, the float sum of its parts as a server
    /// adding them in floating point would print it; otherwise ``text(cents:salt:)``.
    func sum(ofCents parts: [Int64], salt: Int = 0) -> String {
        let cents = parts.reduce(0, +)
        guard floats, cents > 0 else { return text(cents: cents, salt: salt) }
        return parts.reduce(0.0) { $0 + Double($1) / 100 }.description
    }

    /// The text of a template's monthly fee: an integer when it is whole (the seed's sample
    /// has `"cost": 2`), otherwise like ``text(cents:salt:)``.
    func fee(cents: Int64, salt: Int = 0) -> String {
        floats ? text(cents: cents, salt: salt) : (cents % 100 == 0 ? String(cents / 100) : Self.exact(cents: cents))
    }

    /// `cents` as the shortest exact decimal with at least one fractional digit, or with
    /// exactly two when `places` is 2.
    static func exact(cents: Int64, places: Int = 1) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if places < 2 && fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
