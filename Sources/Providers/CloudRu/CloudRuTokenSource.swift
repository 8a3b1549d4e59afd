import Foundation

/// Exchanges the service account key for access tokens and keeps the current one.
///
/// Concurrent requests share one exchange; a token is replaced shortly before it
/// expires, or at once after the API rejected it (``invalidate(_:)``).
actor CloudRuTokenSource {
    /// The IAM path on ``CloudRuAccount/iamEndpoint``.
    static let tokenPath = "/api/v1/auth/token"

    private let account: CloudRuAccount
    private let transport: any HTTPTransport
    private var current: CloudRuAccessToken?
    private var pending: Task<CloudRuAccessToken, any Error>?

    init(account: CloudRuAccount, transport: any HTTPTransport) {
        self.account = account
        self.transport = transport
    }

    /// A usable token, exchanging the key for a new one when needed.
    func token() async throws(ProviderError) -> Secret {
        if let current, ContinuousClock.now < current.refreshAt { return current.value }
        let task: Task<CloudRuAccessToken, any Error>
        if let pending {
            task = pending
        } else {
            let account = account
            let transport = transport
            task = Task { try await Self.exchange(account: account, transport: transport) }
            pending = task
        }
        do {
            let token = try await task.value
            current = token
            pending = nil
            return token.value
        } catch let error as ProviderError {
            pending = nil
            throw error
        } catch {
            pending = nil
            throw ProviderError(
                provider: .cloudru, account: account.name, endpoint: "POST \(Self.tokenPath)",
                kind: .transport(.cancelled))
        }
    }

    /// Forgets `token` after the API rejected it, so the next ``token()`` exchanges the key again.
    func invalidate(_ token: Secret) {
        if current?.value.reveal() == token.reveal() { current = nil }
    }

    private static func exchange(account: CloudRuAccount, transport: any HTTPTransport) async throws(ProviderError)
        -> CloudRuAccessToken
    {
        let check = ResponseCheck(provider: .cloudru, account: account.name)
        let body =
            (try? JSONEncoder().encode(KeyBody(keyId: account.keyID.reveal(), secret: account.secret.reveal())))
            .map { [UInt8]($0) } ?? []
        let request = HTTPRequest(
            method: "POST", url: account.iamEndpoint.url(tokenPath),
            headers: [("Content-Type", "application/json"), ("Accept", "application/json")],
            body: body, timeout: min(.seconds(30), account.timeout))
        return try await account.retry.run { () async throws(ProviderError) in
            let response = try await check.send(request, through: transport)
            if response.status == 401 || response.status == 403 || response.status == 400 {
                throw check.error(
                    .unauthorized, request,
                    advice: "Cloud.ru IAM refused the service account key: check key_id and secret for this account")
            }
            try check.require2xx(response, for: request, credentialName: "key_id and secret")
            do {
                return try CloudRuAccessToken.decode(response.body, receivedAt: .now)
            } catch {
                throw check.unreadable("IAM answer: \(error)", body: response.body, request)
            }
        }
    }
}

/// The IAM request body.
private struct KeyBody: Encodable {
    let keyId: String
    let secret: String
}
