import Hummingbird

/// An error answer of the simulated Seeweb API, in the shape Seeweb's own Go client decodes:
/// `{"error":{"error_code":401,"status":"Unauthorized","message":"…"}}`, with the HTTP status
/// as `error_code` and its reason phrase as `status`. Messages never quote the request's
/// headers (the token travels in one).
struct SeewebFailure: Error, Sendable, Equatable {
    /// The HTTP status.
    let status: HTTPResponse.Status
    /// The text served as `message`.
    let message: String

    /// 401: no `X-APITOKEN` header.
    static let missingToken = SeewebFailure(
        status: .unauthorized, message: "Authentication required: send your API token in the X-APITOKEN header")
    /// 401: a token that is not the account's.
    static let invalidToken = SeewebFailure(status: .unauthorized, message: "Invalid API token")
    /// 400: consumption of a month that has not started yet.
    static let futureMonth = SeewebFailure(
        status: .badRequest, message: "Consumption is not available for future months")

    /// 400 with `message`.
    static func badRequest(_ message: String) -> SeewebFailure {
        SeewebFailure(status: .badRequest, message: message)
    }

    /// The JSON answer.
    var response: Response {
        var writer = JSONWriter()
        writer.raw("{\"error\":{\"error_code\":")
        writer.integer(Int64(status.code))
        writer.raw(",\"status\":")
        writer.string(status.reasonPhrase)
        writer.raw(",\"message\":")
        writer.string(message)
        writer.raw("}}")
        return SimulatorResponse.json(writer.bytes, status: status)
    }
}
