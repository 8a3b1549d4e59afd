/// The part of `GET /v3/balances` that names the account currency. Recorded
/// answers put `settings` at the top level or under `data`; both are read.
struct SelectelBalances: Decodable, Sendable {
    struct Settings: Decodable, Sendable {
        let currency: String?
    }
    struct DataPart: Decodable, Sendable {
        let settings: Settings?
    }

    let settings: Settings?
    let data: DataPart?

    var currencyCode: String? { settings?.currency ?? data?.settings?.currency }
}
