/// How the simulated F5 API writes one amount of cents. F5 documents int64 money as a string of
/// hundredths; with ``SimulatorVariation/f5MoneyForms`` the answers mix every form a client
/// may meet, all denoting the same amount.
enum F5MoneyForm: CaseIterable {
    /// `"12345"`: the documented int64-as-string of hundredths.
    case hundredthsString
    /// `12345`: the same int64 as a JSON integer.
    case hundredthsNumber
    /// `"123.45"`: a decimal string of units.
    case decimalString
    /// `123.45`: a JSON number of units (always with its decimal point).
    case decimalNumber

    /// The form of the `index`-th amount of an answer: always the documented one unless `mixed`.
    static func nth(_ index: Int, mixed: Bool) -> F5MoneyForm {
        mixed ? allCases[index % allCases.count] : .hundredthsString
    }
}

extension JSONWriter {
    /// Appends `cents` in `form`.
    mutating func f5Money(_ cents: Int64, _ form: F5MoneyForm) {
        switch form {
        case .hundredthsString:
            raw("\"")
            integer(cents)
            raw("\"")
        case .hundredthsNumber:
            integer(cents)
        case .decimalString:
            raw("\"")
            units(cents)
            raw("\"")
        case .decimalNumber:
            units(cents)
        }
    }

    /// `cents` as units with exactly two decimals (`-0.05`, `123.40`).
    private mutating func units(_ cents: Int64) {
        if cents < 0 { raw("-") }
        let magnitude = cents.magnitude
        integer(Int64(magnitude / 100))
        raw(magnitude % 100 < 10 ? ".0" : ".")
        integer(Int64(magnitude % 100))
    }
}
