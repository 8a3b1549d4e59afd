import Foundation
import HTTPTypes
import Hummingbird

/// An error answer of the simulated F5 Distributed Cloud API.
///
/// F5's reference documents only the statuses (401, 403, 404, 409, 429, 500, 503, 504) and shows
/// the bodies as plain strings; the simulator answers in the shape F5's gRPC gateway uses,
/// `{"code":3,"message":"…"}`, where `code` is the gRPC status code (3 invalid argument,
/// 7 permission denied, 8 resource exhausted, 13 internal, 16 unauthenticated). Messages never contain anything
/// from the request's headers or body.
struct F5Failure: Error, Sendable, Equatable {
    /// The HTTP status.
    let status: HTTPResponse.Status
    /// The gRPC status code served as `code`.
    let code: Int
    /// The text served as `message`.
    let message: String
    /// The `Retry-After` header, in seconds, for 429 answers.
    let retryAfterSeconds: Int?

    /// 400 with gRPC code 3 (`INVALID_ARGUMENT`).
    static func badRequest(_ message: String) -> F5Failure {
        F5Failure(status: .badRequest, code: 3, message: message, retryAfterSeconds: nil)
    }

    /// 401 with gRPC code 16 (`UNAUTHENTICATED`).
    static func unauthenticated(_ message: String) -> F5Failure {
        F5Failure(status: .unauthorized, code: 16, message: message, retryAfterSeconds: nil)
    }

    /// 403 with gRPC code 7 (`PERMISSION_DENIED`).
    static func permissionDenied(_ message: String) -> F5Failure {
        F5Failure(status: .forbidden, code: 7, message: message, retryAfterSeconds: nil)
    }

    /// 404 with gRPC code 5 (`NOT_FOUND`).
    static func notFound(_ message: String) -> F5Failure {
        F5Failure(status: .notFound, code: 5, message: message, retryAfterSeconds: nil)
    }

    /// 429 with gRPC code 8 (`RESOURCE_EXHAUSTED`) and `Retry-After`.
    static func tooManyRequests(retryAfterSeconds: Int) -> F5Failure {
        F5Failure(
            status: .tooManyRequests, code: 8,
            message: "too many requests: the operation is happening too frequently, retry later",
            retryAfterSeconds: retryAfterSeconds)
    }

    /// 500 with gRPC code 13 (`INTERNAL`), for injected server failures.
    static let internalError = F5Failure(
        status: .internalServerError, code: 13, message: "internal error while processing the request",
        retryAfterSeconds: nil)

    /// The JSON answer, with `Retry-After` in seconds.
    var response: Response { response(retryAfterAsDate: false) }

    /// The JSON answer; `Retry-After` as an HTTP date (the instant the wait ends) when
    /// `retryAfterAsDate`, else in seconds. The date is one second later than the wait: the
    /// server's `Date` header, which a client measures it from, is written from a clock cached
    /// per second, and may already show the next second when the answer leaves under load.
    func response(retryAfterAsDate: Bool) -> Response {
        var writer = JSONWriter()
        writer.raw("{\"code\":")
        writer.integer(Int64(code))
        writer.raw(",\"message\":")
        writer.string(message)
        writer.raw("}")
        var response = SimulatorResponse.json(writer.bytes, status: status)
        if let retryAfterSeconds {
            response.headers[.retryAfter] =
                retryAfterAsDate
                ? F5TimeText.httpDate(Date().addingTimeInterval(TimeInterval(retryAfterSeconds + 1)))
                : String(retryAfterSeconds)
        }
        return response
    }
}
