import Hummingbird

/// What an `echo-credentials` fault quotes: every header, the body and the request line.
enum RequestEcho {
    /// `invalid request: Name=value; …; body=…; POST /path?query`: the headers first, as a
    /// server that dumps what it received would, so that they fall within what a client quotes.
    static func text(of request: Request) async throws -> String {
        var parts = request.headers.map { "\($0.name.rawName)=\($0.value)" }
        let body = try await request.body.collect(upTo: 1 << 16)
        if body.readableBytes > 0 { parts.append("body=" + String(buffer: body)) }
        parts.append("\(request.method.rawValue) \(request.uri)")
        return "invalid request: " + parts.joined(separator: "; ")
    }
}
