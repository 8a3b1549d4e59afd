import Hummingbird

extension SelectelRoutes {
    func serves(path: String) -> Bool {
        path.hasPrefix(Self.statisticsPath) || path.hasPrefix("/v3/balances")
    }

    func rateLimitedAnswer() -> Response? {
        SimulatorResponse.error(.tooManyRequests, message: "Too many requests")
    }

    func serverErrorAnswer() -> Response? {
        SimulatorResponse.error(.badGateway, message: "Bad gateway")
    }

    /// 400, as Selectel answers a bad parameter.
    func echoAnswer(to request: Request, message: String) -> Response? {
        SimulatorResponse.error(.badRequest, message: message)
    }
}
