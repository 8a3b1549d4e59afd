/// The two versions of the consumption endpoint.
enum CloudRuAPIVersion: Sendable {
    /// `GET /v1/consumption`: `page_filter.page` + `page_filter.limit`, live rows only.
    case v1
    /// `GET /v2/consumption`: page tokens, `updated_dt` filters, rows with `encode_id`,
    /// `updated_dt` and `is_delete` (deleted rows included).
    case v2
}
