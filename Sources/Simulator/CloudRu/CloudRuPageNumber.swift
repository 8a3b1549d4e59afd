/// v1 paging: `page_filter.page` (from 1) and `page_filter.limit`, which go together.
///
/// The documentation advises keeping the limit at 30 000 or less; the simulator enforces it
/// as the documented 500 `failed to get consumption`. Without paging, an answer of more than
/// 30 000 rows fails the same way (the advice: shorten the period or page).
struct CloudRuPageNumber: Sendable {
    /// The most rows one v1 answer can hold.
    static let maxLimit = 30_000

    /// The page number, from 1.
    let page: Int
    /// Rows per page.
    let limit: Int

    /// Rows to skip before this page.
    var offset: Int { (page - 1) * limit }

    /// The requested page, or `nil` when the query asks for all rows at once.
    static func parse(_ query: CloudRuQuery) throws(CloudRuFailure) -> CloudRuPageNumber? {
        let page = try query.integer("page_filter.page")
        let limit = try query.integer("page_filter.limit")
        switch (page, limit) {
        case (nil, nil):
            return nil
        case (let page?, let limit?):
            guard page >= 1 else { throw CloudRuFailure.badRequest("page_filter.page must be 1 or more") }
            guard limit >= 1 else { throw CloudRuFailure.badRequest("page_filter.limit must be 1 or more") }
            guard limit <= maxLimit else { throw CloudRuFailure.failedToGetConsumption }
            guard page <= Int.max / limit else { throw CloudRuFailure.badRequest("page_filter.page is too large") }
            return CloudRuPageNumber(page: page, limit: limit)
        default:
            throw CloudRuFailure.badRequest("page_filter.page and page_filter.limit must be passed together")
        }
    }
}
