import Foundation

/// The JSONDecoder baseline: a complete `Decodable` model of a Cloud.ru consumption page,
/// money as Foundation `Decimal`, dates through the ISO 8601 strategy.
struct CloudRuDecodablePage: Decodable {
    /// The rows.
    let consumptions: [CloudRuDecodableRow]
}

/// One consumption row as a `Decodable` value.
struct CloudRuDecodableRow: Decodable {
    /// `meta`.
    struct Meta: Decodable {
        let availabilityZone: String?
        let flavor: String?

        enum CodingKeys: String, CodingKey {
            case availabilityZone = "availability_zone"
            case flavor
        }
    }

    let agreement: String?
    let dmid: Int?
    let sku: String
    let serviceName: String
    let resourceID: String?
    let resourceName: String?
    let useDate: Date
    let amount: Decimal
    let amountWithVAT: Decimal
    let tariff: Decimal?
    let unit: String?
    let quantity: Decimal?
    let platform: String?
    let meta: Meta?

    enum CodingKeys: String, CodingKey {
        case agreement = "dog_id"
        case dmid, sku
        case serviceName = "servname"
        case resourceID = "resource_id"
        case resourceName = "resource_name"
        case useDate = "usedate"
        case amount
        case amountWithVAT = "amount_nds"
        case tariff = "cost"
        case unit
        case quantity = "usefact"
        case platform, meta
    }
}
