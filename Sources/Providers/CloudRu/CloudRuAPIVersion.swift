/// The two versions of Cloud.ru's consumption API.
public enum CloudRuAPIVersion: String, Sendable, CaseIterable {
    /// `GET /v1/consumption`: numbered pages (`page_filter.page`, `page_filter.limit` ≤ 30 000).
    case v1
    /// `GET /v2/consumption`: page tokens (`page_filter.page_size` ≤ 25 000, `next_page_token`),
    /// with a stable row key (`encode_id`), `updated_dt` and `is_delete` on every row.
    case v2

    /// The request path.
    var path: String { "/\(rawValue)/consumption" }
}
