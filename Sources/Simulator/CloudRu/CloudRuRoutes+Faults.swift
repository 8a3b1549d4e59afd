import Hummingbird

extension CloudRuRoutes {
    func serves(path: String) -> Bool {
        path == Self.v1Path || path == Self.v2Path || path == CloudRuIAM.tokenPath
    }

    /// gRPC `RESOURCE_EXHAUSTED` (8) behind HTTP 429.
    func rateLimitedAnswer() -> Response? {
        CloudRuFailure(status: .tooManyRequests, code: 8, message: "too many requests").response
    }

    /// gRPC `UNAVAILABLE` (14) behind HTTP 503.
    func serverErrorAnswer() -> Response? {
        CloudRuFailure(status: .serviceUnavailable, code: 14, message: "service unavailable").response
    }

    /// gRPC `INTERNAL` (13) behind HTTP 500, the status Cloud.ru documents for its failures.
    func echoAnswer(to request: Request, message: String) -> Response? {
        CloudRuFailure(status: .internalServerError, code: 13, message: message).response
    }
}
