import Hummingbird

/// One provider API served by the shared simulator.
protocol SimulatedProvider: Sendable {
    /// Registers the provider's endpoints on the shared router.
    func addRoutes(to router: Router<BasicRequestContext>)

    /// A short human description for ``RunningSimulator/banner``: base URL, credentials and an
    /// example request against `baseURL`.
    func bannerSection(baseURL: String) -> String

    /// Whether a request for `path` is one of this provider's endpoints.
    func serves(path: String) -> Bool

    /// The provider's own answer to a request made too often (429), without `Retry-After`
    /// (the caller adds it); nil for the simulator's generic one.
    func rateLimitedAnswer() -> Response?

    /// The provider's own answer when its servers fail (5xx); nil for the simulator's generic one.
    func serverErrorAnswer() -> Response?

    /// An error answer (400, 404, 422 or 500, depending on the provider) in the provider's
    /// shape carrying `message`, for `request`; nil for the simulator's generic one.
    func echoAnswer(to request: Request, message: String) -> Response?
}

extension SimulatedProvider {
    func serves(path: String) -> Bool { false }
    func rateLimitedAnswer() -> Response? { nil }
    func serverErrorAnswer() -> Response? { nil }
    func echoAnswer(to request: Request, message: String) -> Response? { nil }
}
