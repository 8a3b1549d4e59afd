import Foundation
import Hummingbird

/// An error answer of the simulated OnApp control panel, rendered the way Rails renders
/// errors in the requested format:
///
/// - JSON: `{"errors":["message"]}`, or for invalid parameters (422) the model-errors hash
///   `{"errors":{"startdate":["is not a valid date and time (YYYY-MM-DD hh:mm:ss)"]}}`;
/// - XML: `<errors><error>message</error></errors>`, with full messages
///   (`Startdate is not a valid …`) for 422.
///
/// Messages never contain anything taken from the request (its headers carry the API key).
struct OnAppFailure: Error, Sendable, Equatable {
    /// The HTTP status.
    let status: HTTPResponse.Status
    /// The parameter a 422 is about, or nil for the plain list form.
    let field: String?
    /// The message.
    let message: String

    /// 401 for a missing or malformed `Authorization: Basic` header.
    static let signInRequired = OnAppFailure(
        status: .unauthorized, field: nil, message: "You need to sign in or sign up before continuing.")
    /// 401 for an unknown login or a wrong API key.
    static let invalidCredentials = OnAppFailure(
        status: .unauthorized, field: nil, message: "Invalid email or password.")
    /// 404 for a user id that does not exist (or is not a number).
    static let userNotFound = OnAppFailure(status: .notFound, field: nil, message: "Resource not found")
    /// 503 when the control panel is overloaded; served only when a fault is injected.
    static let overloaded = OnAppFailure(
        status: .serviceUnavailable, field: nil,
        message: "The server is temporarily overloaded or under maintenance, try again later")

    /// 422 for a parameter that cannot be used.
    static func unprocessable(field: String, _ message: String) -> OnAppFailure {
        OnAppFailure(status: .unprocessableContent, field: field, message: message)
    }

    /// The body in `format`.
    func body(_ format: OnAppWireFormat) -> [UInt8] {
        var writer = JSONWriter()
        switch format {
        case .json:
            writer.raw("{\"errors\":")
            if let field {
                writer.raw("{")
                writer.string(field)
                writer.raw(":[")
                writer.string(message)
                writer.raw("]}}")
            } else {
                writer.raw("[")
                writer.string(message)
                writer.raw("]}")
            }
        case .xml:
            writer.raw(OnAppXMLRowWriter.declaration)
            writer.raw("<errors>\n  <error>")
            writer.raw(OnAppXMLRowWriter.escape(fullMessage))
            writer.raw("</error>\n</errors>\n")
        }
        return writer.bytes
    }

    /// The whole answer in `format`.
    func response(_ format: OnAppWireFormat) -> Response {
        var headers: HTTPFields = [.contentType: format.contentType]
        if status == .unauthorized {
            headers[.wwwAuthenticate] = "Basic realm=\"Application\""
        }
        return Response(
            status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body(format))))
    }

    /// Rails' full message: the humanised attribute name, then the message.
    private var fullMessage: String {
        guard let field else { return message }
        let name = field.replacingOccurrences(of: "_", with: " ")
        return name.prefix(1).uppercased() + name.dropFirst() + " " + message
    }
}
