import Hummingbird

/// Turns the router's "no such route" error into the simulator's JSON 404 answer.
struct NotFoundMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            return SimulatorResponse.error(
                .notFound,
                message: "No simulated endpoint for \(request.method.rawValue) \(request.uri.path)"
            )
        }
    }
}
