import Foundation
import Hummingbird

/// The simulated OnApp control panel: `GET /users/{user_id}/vm_stats.json` and `.xml`, the
/// user's hourly billing statistics (see ``OnAppDataset`` for the data and ``OnAppPeriod``
/// for the `period[...]` parameters).
///
/// Authentication is HTTP Basic with the user's email and API key (401 otherwise); the check
/// comes first, so an unknown user id is 404 only for an authenticated caller. Bad `period`
/// values are 422. Errors use the Rails shapes of ``OnAppFailure`` in the requested format; an
/// injected server fault answers OnApp's documented 503 (overloaded).
/// Answers are streamed in chunks of about 64 KB, so three months of rows never sit in
/// memory as one string.
struct OnAppRoutes: SimulatedProvider {
    let dataset: OnAppDataset
    /// Documented answer shapes served instead of the preferred ones.
    var variations: Set<SimulatorVariation> = []

    /// The statistics path of `userID` in `format`.
    static func statsPath(userID: Int, format: OnAppWireFormat) -> String {
        "/users/\(userID)/vm_stats.\(format.rawValue)"
    }

    func addRoutes(to router: Router<BasicRequestContext>) {
        let dataset = dataset
        let shape = OnAppServedShape(variations: variations)
        for format in OnAppWireFormat.allCases {
            router.get(RouterPath("/users/:user_id/vm_stats.\(format.rawValue)")) { request, context in
                Self.answer(
                    request, userID: context.parameters.get("user_id"), format: format, dataset: dataset, shape: shape)
            }
        }
    }

    func serves(path: String) -> Bool {
        path.hasPrefix("/users/") && OnAppWireFormat.allCases.contains { path.hasSuffix("/vm_stats.\($0.rawValue)") }
    }

    /// OnApp's documented 503: the control panel is overloaded (JSON, the format clients ask for most).
    func serverErrorAnswer() -> Response? {
        OnAppFailure.overloaded.response(.json)
    }

    /// 422 in the requested format, as Rails answers parameters it cannot use.
    func echoAnswer(to request: Request, message: String) -> Response? {
        let format: OnAppWireFormat = request.uri.path.hasSuffix(".xml") ? .xml : .json
        return OnAppFailure(status: .unprocessableContent, field: nil, message: message).response(format)
    }

    func bannerSection(baseURL: String) -> String {
        let email = dataset.email
        let key = SimulatorCredentials.onAppAPIKey
        let lastDay = WallClockTime(seconds: (dataset.nowSecond / 86_400 - 1) * 86_400)
        let start = lastDay.text.replacingOccurrences(of: "T", with: "+").replacingOccurrences(of: ":", with: "%3A")
        let example =
            "\(baseURL)\(Self.statsPath(userID: dataset.userID, format: .json))"
            + "?period[startdate]=\(start)"
        return [
            "OnApp (user billing statistics, JSON and XML)",
            "  Base URL      \(baseURL)  (the control panel URL)",
            "  Login         \(email)  (HTTP Basic, the API key as password)",
            "  API key       \(key)",
            "  User id       \(dataset.userID)  (time zone \(dataset.timeZoneIdentifier))",
            "  Try           curl -g -u '\(email):\(key)' '\(example)'",
        ].joined(separator: "\n")
    }

    /// Authenticates, finds the user and reads the period, then streams the rows.
    private static func answer(
        _ request: Request, userID: String?, format: OnAppWireFormat, dataset: OnAppDataset, shape: OnAppServedShape
    ) -> Response {
        do throws(OnAppFailure) {
            try OnAppBasicAuth.authenticate(request, email: dataset.email)
            guard let userID, Int(userID) == dataset.userID else { throw OnAppFailure.userNotFound }
            let query = try OnAppQuery(rawQuery: request.uri.query)
            let period = try OnAppPeriod(query: query, nowSecond: dataset.nowSecond)
            return stream(dataset: dataset, period: period, format: format, shape: shape)
        } catch {
            return error.response(format)
        }
    }

    /// Streams every row of `period` in `format`.
    private static func stream(
        dataset: OnAppDataset, period: OnAppPeriod, format: OnAppWireFormat, shape: OnAppServedShape
    ) -> Response {
        let cursor = OnAppRowCursor(dataset: dataset, firstSecond: period.firstSecond, lastSecond: period.lastSecond)
        let json = OnAppJSONRowWriter(userID: dataset.userID, currencyCode: dataset.currencyCode, shape: shape)
        let xml = OnAppXMLRowWriter(userID: dataset.userID, currencyCode: dataset.currencyCode, shape: shape)
        let body = ResponseBody { writer in
            var cursor = cursor
            var written = 0
            var pending = cursor.next()
            switch format {
            case .json:
                try await writer.write(ByteBuffer(string: "["))
            case .xml:
                let root = OnAppXMLRowWriter.rootName
                let opening = pending == nil ? "<\(root) type=\"array\"/>\n" : "<\(root) type=\"array\">\n"
                try await writer.write(ByteBuffer(string: OnAppXMLRowWriter.declaration + opening))
            }
            while pending != nil {
                var chunk = JSONWriter(capacity: 72 * 1024)
                while let row = pending, chunk.bytes.count < 64 * 1024 {
                    switch format {
                    case .json:
                        if written > 0 { chunk.raw(",") }
                        json.write(row, to: &chunk)
                    case .xml:
                        xml.write(row, to: &chunk)
                    }
                    written += 1
                    pending = cursor.next()
                }
                try await writer.write(ByteBuffer(bytes: chunk.bytes))
            }
            switch format {
            case .json:
                try await writer.write(ByteBuffer(string: "]"))
            case .xml:
                if written > 0 { try await writer.write(ByteBuffer(string: "</\(OnAppXMLRowWriter.rootName)>\n")) }
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: format.contentType], body: body)
    }
}
