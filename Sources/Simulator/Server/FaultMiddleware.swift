import HTTPTypes
import Hummingbird
import NIOCore

/// Injects the configured ``SimulatorFault``s into answers, in the shape of the provider the
/// request was for.
struct FaultMiddleware<Context: RequestContext>: RouterMiddleware {
    let dice: FaultDice
    let providers: [any SimulatedProvider]

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let fault = dice.roll() else { return try await next(request, context) }
        let provider = providers.first { $0.serves(path: request.uri.path) }
        switch fault.kind {
        case .rateLimit:
            var answer =
                provider?.rateLimitedAnswer()
                ?? SimulatorResponse.error(.tooManyRequests, message: "too many requests: slow down")
            // A provider's own Retry-After (an HTTP date in some variations) is kept.
            if answer.headers[.retryAfter] == nil { answer.headers[.retryAfter] = "1" }
            return answer
        case .serverError:
            return provider?.serverErrorAnswer()
                ?? SimulatorResponse.error(.internalServerError, message: "internal error (simulated)")
        case .slow:
            try await Task.sleep(for: SimulatorFault.slowDelay)
            return try await next(request, context)
        case .truncated:
            let answer = try await next(request, context)
            let body = try await BodyCollector.collect(answer)
            let half = body.prefix(body.count / 2)
            var headers = answer.headers
            headers[.contentLength] = nil
            return Response(
                status: answer.status, headers: headers,
                body: ResponseBody(contentLength: body.count) { writer in
                    try await writer.write(ByteBuffer(bytes: half))
                    throw TruncatedAnswer()
                })
        case .echoCredentials:
            guard request.uri.path != CloudRuIAM.tokenPath else { return try await next(request, context) }
            let message = try await RequestEcho.text(of: request)
            return provider?.echoAnswer(to: request, message: message)
                ?? SimulatorResponse.error(.badRequest, message: message)
        case .hugeAmount:
            let answer = try await next(request, context)
            let body = HugeAmounts.splice(into: try await BodyCollector.collect(answer))
            var headers = answer.headers
            headers[.contentLength] = nil
            return Response(
                status: answer.status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
        case .badJSON:
            let answer = try await next(request, context)
            var body = try await BodyCollector.collect(answer)
            body.insert(contentsOf: Array("\"}<!-- upstream timeout -->{".utf8), at: body.count / 2)
            var headers = answer.headers
            headers[.contentLength] = nil
            return Response(
                status: answer.status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
        case .hostileLabels:
            let answer = try await next(request, context)
            let body = HostileLabels.rewrite(try await BodyCollector.collect(answer))
            var headers = answer.headers
            headers[.contentLength] = nil
            return Response(
                status: answer.status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
        }
    }
}

/// Thrown mid-body to drop the connection of a `truncated` answer.
struct TruncatedAnswer: Error {}
