/// The body of `POST /api/v1/auth/token`: a service account's access key.
struct CloudRuTokenRequest: Decodable, Sendable {
    /// The key id (`keyId`).
    let keyId: String
    /// The key secret (`secret`).
    let secret: String
}
