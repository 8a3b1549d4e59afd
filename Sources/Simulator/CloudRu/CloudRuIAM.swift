import Foundation
import HTTPTypes
import Hummingbird

/// The simulated IAM side of Cloud.ru: issuing access tokens and checking them.
///
/// `POST /api/v1/auth/token` with `{"keyId":"…","secret":"…"}` answers 200
/// `{"access_token":"…","expires_in":3600,"token_type":"Bearer"}`; a wrong key id or secret is
/// 401 and a body that is not such JSON is 400 (error shape of ``CloudRuFailure``). Neither the
/// key id nor the secret is ever echoed.
enum CloudRuIAM {
    /// Where tokens are issued (on `iam.api.cloud.ru` in reality).
    static let tokenPath = "/api/v1/auth/token"

    /// Answers a token request.
    static func issueToken(_ request: Request, store: CloudRuTokenStore) async -> Response {
        var request = request
        guard let body = try? await request.collectBody(upTo: 64 * 1024),
            let key = try? JSONDecoder().decode(CloudRuTokenRequest.self, from: Data(body.readableBytesView))
        else {
            return CloudRuFailure.badRequest("the body must be JSON {\"keyId\": \"...\", \"secret\": \"...\"}")
                .response
        }
        guard key.keyId == SimulatorCredentials.cloudRuKeyID, key.secret == SimulatorCredentials.cloudRuSecret else {
            return CloudRuFailure.unauthenticated("invalid key id or secret").response
        }
        let token = store.issue()
        var writer = JSONWriter()
        writer.raw("{\"access_token\":")
        writer.string(token)
        writer.raw(",\"expires_in\":")
        writer.integer(store.lifetimeSeconds)
        writer.raw(",\"token_type\":\"Bearer\"}")
        return SimulatorResponse.json(writer.bytes)
    }

    /// Requires `Authorization: Bearer <token>` with a token issued here and not expired.
    /// The presented token is never echoed.
    static func authenticate(_ request: Request, store: CloudRuTokenStore) throws(CloudRuFailure) {
        guard let header = request.headers[.authorization] else {
            throw CloudRuFailure.unauthenticated("missing Authorization: Bearer <access token>")
        }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw CloudRuFailure.unauthenticated("the Authorization header must be Bearer <access token>")
        }
        switch store.verdict(for: parts[1].trimmingCharacters(in: .whitespaces)) {
        case .valid:
            return
        case .expired:
            throw CloudRuFailure.unauthenticated("access token expired")
        case .unknown:
            throw CloudRuFailure.unauthenticated("invalid access token")
        }
    }
}
