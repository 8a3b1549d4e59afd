import Hummingbird

/// Delays every response by the configured latency.
struct LatencyMiddleware<Context: RequestContext>: RouterMiddleware {
    /// How long to wait before handling each request.
    let latency: Duration

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if latency > .zero {
            try await Task.sleep(for: latency)
        }
        return try await next(request, context)
    }
}
