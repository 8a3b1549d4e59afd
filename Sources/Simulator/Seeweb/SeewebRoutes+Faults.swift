import Hummingbird

extension SeewebRoutes {
    /// The billing endpoints live under `/ecs/v2/billing/`.
    func serves(path: String) -> Bool {
        path.hasPrefix(Self.serversPath + "/") || path.hasPrefix(Self.templatesPath + "/")
    }

    /// A 429 in Seeweb's error shape.
    func rateLimitedAnswer() -> Response? {
        SeewebFailure(status: .tooManyRequests, message: "Request was throttled, try again later").response
    }

    /// A 500 in Seeweb's error shape.
    func serverErrorAnswer() -> Response? {
        SeewebFailure(status: .internalServerError, message: "Internal server error").response
    }

    /// 404 in Seeweb's error shape.
    func echoAnswer(to request: Request, message: String) -> Response? {
        SeewebFailure(status: .notFound, message: message).response
    }
}
