import CostCore
import Foundation

/// One decoded consumption page: rows, their exact money and quantities, and the v2 token.
struct CloudRuPage {
    /// A consumption row as decoded by a strict client; money and quantities are in ``numbers``.
    struct Row: Decodable {
        let dog_id: String
        let dmid: Int
        let sku: String
        let servname: String
        let resource_id: String
        let resource_name: String
        let usedate: String
        let unit: String
        let platform: String
        let meta: [String: String]
        let encode_id: String?
        let updated_dt: String?
        let is_delete: Bool?
    }

    struct Envelope: Decodable {
        let consumptions: [Row]
        let next_page_token: String?
    }

    /// Exact numbers of one row, parsed from the JSON text.
    struct Numbers: Equatable {
        let amount: Amount
        let amountWithVAT: Amount
        let cost: Amount
        let usefact: Amount
    }

    let rows: [Row]
    let numbers: [Numbers]
    let nextPageToken: String?
    /// The keys of the top-level object.
    let keys: Set<String>

    init(_ reply: HTTPReply) throws {
        let envelope = try reply.decode(Envelope.self)
        let rows = envelope.consumptions
        self.rows = rows
        nextPageToken = envelope.next_page_token
        keys = Set(try reply.object().keys)
        let scanned = CloudRuNumberScanner.scan(reply.body, keys: ["amount", "amount_nds", "cost", "usefact"])
        let columns = try ["amount", "amount_nds", "cost", "usefact"].map { key in
            try scanned[key, default: []].map { text in
                guard let value = Amount(text) else { throw HTTPTestError.notAnObject("not exact: \(text)") }
                return value
            }
        }
        guard columns.allSatisfy({ $0.count == rows.count }) else {
            throw HTTPTestError.notAnObject("number columns do not match the rows")
        }
        numbers = rows.indices.map { index in
            Numbers(
                amount: columns[0][index], amountWithVAT: columns[1][index], cost: columns[2][index],
                usefact: columns[3][index])
        }
    }

    /// Exact sum of `amount` over the rows (`is_delete` rows left out).
    var liveAmount: Amount {
        zip(rows, numbers).reduce(Amount.zero) { $0 + ($1.0.is_delete == true ? .zero : $1.1.amount) }
    }
}
