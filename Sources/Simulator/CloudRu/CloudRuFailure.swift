import Hummingbird

/// An error answer of the simulated Cloud.ru APIs.
///
/// Cloud.ru does not document its error bodies; the simulator answers in the shape of a gRPC
/// gateway status, `{"code":13,"message":"failed to get consumption","details":[]}`, where
/// `code` is the gRPC status code (3 invalid argument, 16 unauthenticated, 13 internal) and
/// `message` carries the documented text. Messages never contain anything from the request
/// (a query or body may hold a key).
struct CloudRuFailure: Error, Sendable, Equatable {
    /// The HTTP status.
    let status: HTTPResponse.Status
    /// The gRPC status code served as `code`.
    let code: Int
    /// The text served as `message`.
    let message: String

    /// 400 with gRPC code 3 (`INVALID_ARGUMENT`).
    static func badRequest(_ message: String) -> CloudRuFailure {
        CloudRuFailure(status: .badRequest, code: 3, message: message)
    }

    /// 401 with gRPC code 16 (`UNAUTHENTICATED`).
    static func unauthenticated(_ message: String) -> CloudRuFailure {
        CloudRuFailure(status: .unauthorized, code: 16, message: message)
    }

    /// 404 with gRPC code 5 (`NOT_FOUND`): a path the gateway does not serve.
    static let notFound = CloudRuFailure(status: .notFound, code: 5, message: "Not Found")

    /// 500 `failed to get agreement`: the `agreement_id` is unknown.
    static let failedToGetAgreement = internalError("failed to get agreement")
    /// 500 `failed to get projects`: a `project_ids` value is unknown.
    static let failedToGetProjects = internalError("failed to get projects")
    /// 500 `failed to get consumption`: the period is too old or the page too big.
    static let failedToGetConsumption = internalError("failed to get consumption")

    private static func internalError(_ message: String) -> CloudRuFailure {
        CloudRuFailure(status: .internalServerError, code: 13, message: message)
    }

    /// The JSON answer.
    var response: Response {
        var writer = JSONWriter()
        writer.raw("{\"code\":")
        writer.integer(Int64(code))
        writer.raw(",\"message\":")
        writer.string(message)
        writer.raw(",\"details\":[]}")
        return SimulatorResponse.json(writer.bytes, status: status)
    }
}
