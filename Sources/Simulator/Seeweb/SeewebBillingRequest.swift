/// A validated `GET /ecs/v2/billing/{servers,templates}/{year}/{month}?type=…` request.
struct SeewebBillingRequest: Sendable, Equatable {
    /// The answer formats of the `type` parameter.
    enum Format: String, Sendable {
        case json, csv
    }

    /// The month asked for.
    let month: SeewebMonth
    /// The answer format.
    let format: Format

    /// Validates the path segments and the `type` parameter. `year` must be four digits (1970 on) and
    /// `month` one or two digits from 1 to 12; `type` is `json` or `csv` in any case, and
    /// JSON when absent (the seed only shows requests that pass it). Messages never quote
    /// more than the parameter's name.
    init(year: String?, month: String?, type: String?) throws(SeewebFailure) {
        guard let yearText = year, yearText.utf8.count == 4, let yearNumber = Self.digits(yearText),
            yearNumber >= 1970
        else {
            throw .badRequest("Invalid year: expected four digits from 1970, e.g. 2024")
        }
        guard let monthText = month, (1...2).contains(monthText.utf8.count), let monthNumber = Self.digits(monthText),
            let parsed = SeewebMonth(year: yearNumber, month: monthNumber)
        else {
            throw .badRequest("Invalid month: expected a number from 1 to 12")
        }
        switch type?.lowercased() {
        case nil, "json": format = .json
        case "csv": format = .csv
        default: throw .badRequest("Invalid type: expected json or csv")
        }
        self.month = parsed
    }

    /// The value of an all-ASCII-digit string, or nil.
    private static func digits(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return nil
        }
        return Int(text)
    }
}
