/// A Cloud.ru IAM access token and when it stops being usable.
struct CloudRuAccessToken: Sendable {
    /// The bearer token.
    let value: Secret
    /// When to fetch a new one: a minute (or a tenth of the lifetime, if shorter) before expiry.
    let refreshAt: ContinuousClock.Instant

    /// Decodes the IAM answer `{"access_token": "...", "expires_in": 3600, ...}`.
    static func decode(_ body: [UInt8], receivedAt: ContinuousClock.Instant) throws(JSONError) -> CloudRuAccessToken {
        try JSONReader.read(body) { reader throws(JSONError) in
            var token: String?
            var lifetime: Int64?
            try reader.readObject { key, reader throws(JSONError) in
                switch key {
                case "access_token": token = try reader.readString()
                case "expires_in": lifetime = try reader.readInt64()
                default: try reader.skipValue()
                }
            }
            guard let token, !token.isEmpty else { throw reader.makeError("missing 'access_token'") }
            let seconds = max(0, lifetime ?? 3_600)
            let margin = min(60, seconds / 10)
            return CloudRuAccessToken(value: Secret(token), refreshAt: receivedAt + .seconds(seconds - margin))
        }
    }
}
