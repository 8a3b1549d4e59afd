import Hummingbird

/// The simulated Cloud.ru APIs, mounted on the shared simulator server: IAM tokens and the
/// organisation's consumption (v1 and v2). In reality they live on two hosts,
/// `iam.api.cloud.ru` and `organization.api.cloud.ru`; here both share the loopback port.
///
/// Consumption requires `Authorization: Bearer <token from the IAM endpoint>` (else 401).
/// Failures answer in the ``CloudRuFailure`` shape. See ``CloudRuConsumptionFilter``,
/// ``CloudRuPageNumber`` and ``CloudRuPageToken`` for the parameters.
struct CloudRuRoutes: SimulatedProvider {
    /// The v1 consumption path.
    static let v1Path = "/v1/consumption"
    /// The v2 consumption path.
    static let v2Path = "/v2/consumption"

    let dataset: CloudRuDataset
    let tokens: CloudRuTokenStore
    /// Documented answer shapes served instead of the preferred ones.
    var variations: Set<SimulatorVariation> = []
    private let templates: [CloudRuRowTemplate]

    init(dataset: CloudRuDataset, tokenLifetime: Duration) {
        self.dataset = dataset
        self.tokens = CloudRuTokenStore(seed: dataset.seed, lifetime: tokenLifetime)
        self.templates = dataset.series.map { CloudRuRowTemplate(series: $0, dataset: dataset) }
    }

    func addRoutes(to router: Router<BasicRequestContext>) {
        let dataset = dataset
        let tokens = tokens
        let templates = templates
        let shape = CloudRuServedShape(variations)
        router.post(RouterPath(CloudRuIAM.tokenPath)) { request, _ in
            await CloudRuIAM.issueToken(request, store: tokens)
        }
        router.get(RouterPath(Self.v1Path)) { request, _ in
            Self.answer(request, tokens: tokens) { query throws(CloudRuFailure) in
                try CloudRuConsumptionAnswer.v1(query, dataset: dataset, templates: templates, shape: shape)
            }
        }
        router.get(RouterPath(Self.v2Path)) { request, _ in
            // As a gateway without the route answers, before it looks at the token.
            if shape.v1Only { return CloudRuFailure.notFound.response }
            return Self.answer(request, tokens: tokens) { query throws(CloudRuFailure) in
                try CloudRuConsumptionAnswer.v2(query, dataset: dataset, templates: templates, shape: shape)
            }
        }
    }

    func bannerSection(baseURL: String) -> String {
        let lastDay = dataset.today - 1
        var start: [UInt8] = []
        CloudRuTimestamp.appendDay(lastDay - 6, to: &start)
        var end: [UInt8] = []
        CloudRuTimestamp.appendDay(lastDay, to: &end)
        let body =
            "{\"keyId\":\"\(SimulatorCredentials.cloudRuKeyID)\",\"secret\":\"\(SimulatorCredentials.cloudRuSecret)\"}"
        let example =
            "\(baseURL)\(Self.v1Path)?agreement_id=\(dataset.agreementID)"
            + "&start_date=\(String(decoding: start, as: UTF8.self))&end_date=\(String(decoding: end, as: UTF8.self))"
            + "&page_filter.page=1&page_filter.limit=1000"
        return [
            "Cloud.ru (IAM token + consumption API v1/v2)",
            "  Base URL      \(baseURL)  (IAM and organization API on the same port)",
            "  keyId         \(SimulatorCredentials.cloudRuKeyID)",
            "  secret        \(SimulatorCredentials.cloudRuSecret)",
            "  agreement_id  \(dataset.agreementID)",
            "  Try           TOKEN=$(curl -s -X POST -H 'Content-Type: application/json' -d '\(body)' "
                + "'\(baseURL)\(CloudRuIAM.tokenPath)' | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')",
            "                curl -H \"Authorization: Bearer $TOKEN\" '\(example)'",
        ].joined(separator: "\n")
    }

    /// Checks the bearer token and the query, then runs `handler`; failures become answers.
    private static func answer(
        _ request: Request,
        tokens: CloudRuTokenStore,
        _ handler: (CloudRuQuery) throws(CloudRuFailure) -> Response
    ) -> Response {
        do {
            try CloudRuIAM.authenticate(request, store: tokens)
            return try handler(try CloudRuQuery(rawQuery: request.uri.query))
        } catch {
            return error.response
        }
    }
}
