import CostCore
import Foundation

/// One row of `consumption` / `summary_stats` as it is on the wire.
/// Unknown fields are ignored; which of project/object/metric is filled
/// depends on `group_type`.
struct SelectelConsumptionRow: Decodable, Sendable {
    struct Project: Decodable, Sendable {
        let id: String
        let name: String?
    }
    struct Object: Decodable, Sendable {
        let id: String
        let name: String?
        let type: String?
        let parent_id: String?
        let parent_name: String?
    }
    struct Metric: Decodable, Sendable {
        let id: String
        let name: String?
        let quantity: Decimal?
        let unit: String?
        let region: String?
    }

    let account_id: FlexibleText?
    let provider_key: String?
    let value: Kopecks
    let period: String
    let project: Project?
    let object: Object?
    let metric: Metric?
    let provision_start: String?
    let provision_end: String?
}

/// A field sent as a string by some clients' recordings and as a number by others.
struct FlexibleText: Decodable, Sendable {
    let text: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            text = string
        } else if let number = try? container.decode(Int64.self) {
            text = String(number)
        } else {
            throw DecodingError.typeMismatch(
                String.self, .init(codingPath: decoder.codingPath, debugDescription: "expected a string or a number"))
        }
    }
}

/// Money in integer kopecks, as roubles. A fractional number of kopecks is
/// accepted and kept exact; anything else is a decoding error, never a silent zero.
struct Kopecks: Decodable, Sendable {
    let roubles: Amount

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let integer = try? container.decode(Int64.self) {
            roubles = Amount(minorUnits: integer, decimals: 2)
            return
        }
        if let decimal = try? container.decode(Decimal.self),
            let parsed = Kopecks.roubles(fromKopecksText: "\(decimal)")
        {
            roubles = parsed
            return
        }
        if let text = try? container.decode(String.self), let parsed = Kopecks.roubles(fromKopecksText: text) {
            roubles = parsed
            return
        }
        throw DecodingError.typeMismatch(
            Int64.self, .init(codingPath: decoder.codingPath, debugDescription: "expected kopecks as a number"))
    }

    /// Roubles from a kopeck count written as decimal text; nil when malformed
    /// or too precise to hold exactly.
    static func roubles(fromKopecksText text: String) -> Amount? {
        guard let kopecks = Amount(text), kopecks.units % 100 == 0 else { return nil }
        return Amount(units: kopecks.units / 100)
    }
}
