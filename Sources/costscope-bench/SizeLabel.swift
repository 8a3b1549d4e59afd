/// Short labels for row counts: `10k`, `100k`, `1M`.
enum SizeLabel {
    /// The label of `rows`.
    static func of(_ rows: Int) -> String {
        if rows >= 1_000_000 && rows % 1_000_000 == 0 { return "\(rows / 1_000_000)M" }
        if rows >= 1_000 && rows % 1_000 == 0 { return "\(rows / 1_000)k" }
        return String(rows)
    }

    /// `value` with thousands separators, rounded to a whole number.
    static func grouped(_ value: Double) -> String {
        let digits = String(Int(value.rounded()))
        var result = ""
        for (index, character) in digits.reversed().enumerated() {
            if index > 0 && index % 3 == 0 && character != "-" { result.append(",") }
            result.append(character)
        }
        return String(result.reversed())
    }
}
