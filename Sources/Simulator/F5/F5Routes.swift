import Foundation
import HTTPTypes
import Hummingbird

/// The simulated F5 Distributed Cloud billing API, mounted on the shared simulator server. In
/// reality it lives on the tenant's console host, `https://<tenant>.console.ves.volterra.io`.
///
/// - `POST /api/data/namespaces/system/billing/usage_summary` — raw and billing usage per item
///   over a window (``F5SummaryWindow``);
/// - `POST /api/web/namespaces/system/current_usage` — priced usage of the current billing period
///   per item (``F5CurrentUsageWindow``);
/// - `POST /api/web/namespaces/system/monthly_usage` — the total of every closed month.
///
/// Every call needs `Authorization: APIToken <token>`: no or another scheme, or an unknown
/// token, is 401; ``SimulatorCredentials/f5NoBillingToken`` is a valid token without billing
/// permission (403). More than ``requestsPerSecond`` requests of one token within a second are
/// refused with 429 and `Retry-After: 1` (``F5RateLimiter``). Failures answer in the
/// ``F5Failure`` shape. With ``SimulatorVariation/f5NoMoney`` the two money calls answer 404; with
/// ``SimulatorVariation/f5RetryAfterDate`` `Retry-After` is an HTTP date; the other variations
/// change the answers' shapes (``F5Answers``).
struct F5Routes: SimulatedProvider {
    /// The usage summary path.
    static let usageSummaryPath = "/api/data/namespaces/system/billing/usage_summary"
    /// The current usage path.
    static let currentUsagePath = "/api/web/namespaces/system/current_usage"
    /// The monthly usage path.
    static let monthlyUsagePath = "/api/web/namespaces/system/monthly_usage"
    /// Requests admitted per token within one second of real time.
    static let requestsPerSecond = 100

    let dataset: F5Dataset
    let limiter: F5RateLimiter
    /// Documented answer shapes served instead of the preferred ones.
    var variations: Set<SimulatorVariation> = []

    init(dataset: F5Dataset, requestsPerSecond: Int = F5Routes.requestsPerSecond) {
        self.dataset = dataset
        self.limiter = F5RateLimiter(limit: requestsPerSecond)
    }

    func addRoutes(to router: Router<BasicRequestContext>) {
        let dataset = dataset
        let limiter = limiter
        let variations = variations
        let noMoney = variations.contains(.f5NoMoney)
        let dateRetry = variations.contains(.f5RetryAfterDate)
        let nowSeconds = Int64(dataset.now.timeIntervalSince1970.rounded(.down))
        router.post(RouterPath(Self.usageSummaryPath)) { request, _ in
            await Self.answer(
                request, limiter: limiter, dateRetry: dateRetry, reading: ["start_time", "end_time"]
            ) { body throws(F5Failure) in
                let window = try F5SummaryWindow(body: body, nowSeconds: nowSeconds)
                return F5Answers.usageSummary(window, dataset: dataset, variations: variations)
            }
        }
        router.post(RouterPath(Self.currentUsagePath)) { request, _ in
            await Self.answer(
                request, limiter: limiter, dateRetry: dateRetry, reading: ["from", "to", "namespace"]
            ) { body throws(F5Failure) in
                guard !noMoney else { throw Self.noMoneyFailure }
                let window = try F5CurrentUsageWindow(body: body, dataset: dataset)
                return F5Answers.currentUsage(hours: window.hours, dataset: dataset, variations: variations)
            }
        }
        router.post(RouterPath(Self.monthlyUsagePath)) { request, _ in
            await Self.answer(request, limiter: limiter, dateRetry: dateRetry, reading: ["namespace"]) {
                _ throws(F5Failure) in
                guard !noMoney else { throw Self.noMoneyFailure }
                return F5Answers.monthlyUsage(dataset, variations: variations)
            }
        }
    }

    func bannerSection(baseURL: String) -> String {
        let token = SimulatorCredentials.f5Token
        let end = Int64(dataset.billedUntil.timeIntervalSince1970)
        let body =
            "{\"start_time\":\"\(F5TimeText.rfc3339(end - 86_400))\",\"end_time\":\"\(F5TimeText.rfc3339(end))\"}"
        return [
            "F5 Distributed Cloud (billing usage summary, current and monthly usage)",
            "  Base URL      \(baseURL)  (stands in for https://\(dataset.tenant).console.ves.volterra.io)",
            "  API token     \(token)  (header Authorization: APIToken <token>)",
            "  Try           curl -X POST -H 'Authorization: APIToken \(token)' -H 'Content-Type: application/json' "
                + "-d '\(body)' '\(baseURL)\(Self.usageSummaryPath)'",
            "                curl -X POST -H 'Authorization: APIToken \(token)' -d '{}' "
                + "'\(baseURL)\(Self.currentUsagePath)'",
        ].joined(separator: "\n")
    }

    func serves(path: String) -> Bool {
        path == Self.usageSummaryPath || path == Self.currentUsagePath || path == Self.monthlyUsagePath
    }

    /// The 404 of the money calls with ``SimulatorVariation/f5NoMoney``.
    static let noMoneyFailure = F5Failure.notFound("the requested resource was not found")

    func rateLimitedAnswer() -> Response? {
        F5Failure.tooManyRequests(retryAfterSeconds: 1).response(
            retryAfterAsDate: variations.contains(.f5RetryAfterDate))
    }

    func serverErrorAnswer() -> Response? {
        F5Failure.internalError.response
    }

    func echoAnswer(to request: Request, message: String) -> Response? {
        F5Failure.badRequest(message).response
    }

    /// Authenticates, applies the rate limit, reads the body, then runs `handler`; failures
    /// become answers.
    private static func answer(
        _ request: Request,
        limiter: F5RateLimiter,
        dateRetry: Bool,
        reading names: [String],
        _ handler: (F5RequestBody) throws(F5Failure) -> [UInt8]
    ) async -> Response {
        do throws(F5Failure) {
            let token = try authenticate(request)
            if let wait = limiter.admit(token: token) {
                throw F5Failure.tooManyRequests(retryAfterSeconds: wait)
            }
            guard token != SimulatorCredentials.f5NoBillingToken else {
                throw F5Failure.permissionDenied("the API token has no permission to read billing in namespace system")
            }
            var request = request
            guard let buffer = try? await request.collectBody(upTo: F5RequestBody.maxBytes) else {
                throw F5Failure.badRequest("the request body must be a JSON object of at most 64 KiB")
            }
            let body = try F5RequestBody(bytes: Array(buffer.readableBytesView), reading: names)
            return SimulatorResponse.json(try handler(body))
        } catch {
            return error.response(retryAfterAsDate: dateRetry)
        }
    }

    /// The token of `Authorization: APIToken <token>`, if it is one the simulator knows. The
    /// presented value is never echoed.
    private static func authenticate(_ request: Request) throws(F5Failure) -> String {
        guard let header = request.headers[.authorization] else {
            throw F5Failure.unauthenticated("missing Authorization: APIToken <token>")
        }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "apitoken" else {
            throw F5Failure.unauthenticated("the Authorization header must be APIToken <token>")
        }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        guard token == SimulatorCredentials.f5Token || token == SimulatorCredentials.f5NoBillingToken else {
            throw F5Failure.unauthenticated("invalid API token")
        }
        return token
    }
}
