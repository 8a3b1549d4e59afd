import Hummingbird

/// Helpers that build the simulator's JSON responses.
enum SimulatorResponse {
    /// A complete JSON body with `Content-Type: application/json`.
    static func json(_ body: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body))
        )
    }

    /// The simulator's error shape: `{"status":"error","error":{"code":401,"message":"..."}}`.
    ///
    /// Used by the generic server (unknown paths) and by providers whose real error body is
    /// undocumented. The message must never contain anything taken from the request's headers.
    static func error(_ status: HTTPResponse.Status, message: String) -> Response {
        var writer = JSONWriter()
        writer.raw("{\"status\":\"error\",\"error\":{\"code\":")
        writer.integer(Int64(status.code))
        writer.raw(",\"message\":")
        writer.string(message)
        writer.raw("}}")
        return json(writer.bytes, status: status)
    }
}
