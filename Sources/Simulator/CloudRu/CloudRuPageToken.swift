/// v2 paging: `page_filter.page_size` (at most 25 000, default 1 000) and the opaque
/// `page_filter.page_token` from the previous answer's `next_page_token`.
///
/// A token is 32 hex digits binding the offset of the next row to the query's filters, so a
/// token replayed with other filters (or made up) is a 400 `invalid page_token`.
struct CloudRuPageToken: Sendable {
    /// The most rows one v2 page can hold.
    static let maxPageSize = 25_000
    /// Rows per page when `page_filter.page_size` is absent.
    static let defaultPageSize = 1_000

    /// Rows per page.
    let pageSize: Int
    /// Rows to skip before this page.
    let offset: Int

    /// Reads the page size and token of `query` for `filter`.
    init(query: CloudRuQuery, filter: CloudRuConsumptionFilter) throws(CloudRuFailure) {
        let size = try query.integer("page_filter.page_size") ?? Self.defaultPageSize
        guard (1...Self.maxPageSize).contains(size) else {
            throw CloudRuFailure.badRequest("page_filter.page_size must be between 1 and \(Self.maxPageSize)")
        }
        pageSize = size
        guard let token = query.value("page_filter.page_token") else {
            offset = 0
            return
        }
        guard let offset = Self.offset(of: token, fingerprint: filter.fingerprint) else {
            throw CloudRuFailure.badRequest("invalid page_token")
        }
        self.offset = offset
    }

    /// The token that continues `filter` at row `offset`.
    static func token(offset: Int, fingerprint: UInt64) -> String {
        var writer = JSONWriter(capacity: 32)
        writer.hex(UInt64(offset) ^ SplitMix64.mix(fingerprint))
        writer.hex(fingerprint)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private static func offset(of token: String, fingerprint: UInt64) -> Int? {
        guard token.utf8.count == 32,
            let masked = UInt64(token.prefix(16), radix: 16),
            let tokenPrint = UInt64(token.suffix(16), radix: 16),
            tokenPrint == fingerprint
        else { return nil }
        let offset = masked ^ SplitMix64.mix(fingerprint)
        guard offset > 0, offset <= UInt64(Int32.max) else { return nil }
        return Int(offset)
    }
}
