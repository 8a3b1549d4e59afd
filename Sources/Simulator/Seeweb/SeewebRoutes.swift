import HTTPTypes
import Hummingbird

/// The simulated Seeweb ECS billing API, mounted on the shared simulator server:
/// `GET /ecs/v2/billing/servers/{year}/{month}` and `GET /ecs/v2/billing/templates/{year}/{month}`
/// with `?type=json` (a bare JSON array) or `?type=csv` (see ``SeewebCSVRenderer``).
///
/// Every request needs `X-APITOKEN: <SimulatorCredentials.seewebToken>` (401 otherwise); a bad
/// year, month or type is a 400 and a month after the current Italian month is a 400 too,
/// all in Seeweb's error shape (``SeewebFailure``). Months before the account existed answer
/// an empty list. The JWT login (`POST /ecs/v2/login`) is not simulated.
struct SeewebRoutes: SimulatedProvider {
    /// Where server consumption lives; `/{year}/{month}` follows.
    static let serversPath = "/ecs/v2/billing/servers"
    /// Where template consumption lives; `/{year}/{month}` follows.
    static let templatesPath = "/ecs/v2/billing/templates"

    let dataset: SeewebDataset
    /// Documented answer shapes served instead of the preferred ones: `seeweb-float-money`
    /// (money as binary-float texts, JSON and CSV) and `seeweb-csv-headers` (CSV under other
    /// header names, in another order, with unknown columns).
    var variations: Set<SimulatorVariation> = []

    func addRoutes(to router: Router<BasicRequestContext>) {
        let dataset = dataset
        let money = SeewebMoneyText(floats: variations.contains(.seewebFloatMoney))
        let otherHeaders = variations.contains(.seewebCSVHeaders)
        router.get(RouterPath("\(Self.serversPath)/:year/:month")) { request, context in
            Self.answer(request, context, dataset) { billing in
                let bills = dataset.serverBills(billing.month)
                return billing.format == .json
                    ? SeewebJSONRenderer.servers(bills, money: money)
                    : SeewebCSVRenderer.servers(bills, money: money, otherHeaders: otherHeaders)
            }
        }
        router.get(RouterPath("\(Self.templatesPath)/:year/:month")) { request, context in
            Self.answer(request, context, dataset) { billing in
                let bills = dataset.templateBills(billing.month)
                return billing.format == .json
                    ? SeewebJSONRenderer.templates(bills, money: money)
                    : SeewebCSVRenderer.templates(bills, money: money, otherHeaders: otherHeaders)
            }
        }
    }

    func bannerSection(baseURL: String) -> String {
        let token = dataset.token
        let month = dataset.currentMonth
        return [
            "Seeweb ECS (billing API)",
            "  Base URL      \(baseURL)",
            "  X-APITOKEN    \(token)",
            "  Try           curl -H 'X-APITOKEN: \(token)' "
                + "'\(baseURL)\(Self.serversPath)/\(month.year)/\(month.month)?type=json'",
            "                curl -H 'X-APITOKEN: \(token)' "
                + "'\(baseURL)\(Self.templatesPath)/\(month.year)/\(month.month)?type=csv'",
        ].joined(separator: "\n")
    }

    /// Checks the token, the path and the query, then renders the month with `body`.
    private static func answer(
        _ request: Request,
        _ context: BasicRequestContext,
        _ dataset: SeewebDataset,
        _ body: (SeewebBillingRequest) -> [UInt8]
    ) -> Response {
        do throws(SeewebFailure) {
            guard let token = request.headers[tokenHeader] else { throw .missingToken }
            guard token == dataset.token else { throw .invalidToken }
            let billing = try SeewebBillingRequest(
                year: context.parameters.get("year"), month: context.parameters.get("month"),
                type: request.uri.queryParameters["type"].map(String.init))
            guard !dataset.isFuture(billing.month) else { throw .futureMonth }
            let bytes = body(billing)
            guard billing.format == .csv else { return SimulatorResponse.json(bytes) }
            return Response(
                status: .ok, headers: [.contentType: "text/csv; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        } catch {
            return error.response
        }
    }

    private static let tokenHeader = HTTPField.Name("X-APITOKEN")!
}
