import Foundation
import Providers

/// An in-memory stand-in for Cloud.ru's IAM and v1 consumption endpoints, so the real
/// ``CloudRuClient`` reads generated pages with no network in between.
///
/// With `prerendered` pages the answers are ready before the clock starts (throughput runs);
/// without, each page is rendered when asked for, as bytes would arrive from the network,
/// so only one page per query is alive at a time (peak-memory runs).
final class CloudRuBenchTransport: HTTPTransport, Sendable {
    private let dataset: CloudRuBenchDataset
    private let projectIndex: [String: Int]
    private let prerendered: [CloudRuBenchDataset.PageRequest: [UInt8]]

    /// A transport answering from `dataset`; pre-renders every page `requests` names.
    init(dataset: CloudRuBenchDataset, prerendering requests: [CloudRuBenchDataset.PageRequest] = []) {
        self.dataset = dataset
        self.projectIndex = Dictionary(
            uniqueKeysWithValues: CloudRuBenchCatalog.projects.enumerated().map { ($1.id, $0) })
        var pages: [CloudRuBenchDataset.PageRequest: [UInt8]] = [:]
        for request in requests { pages[request] = dataset.page(request) }
        self.prerendered = pages
    }

    /// The total size of the pre-rendered pages.
    var prerenderedBytes: Int { prerendered.values.reduce(0) { $0 + $1.count } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.url.path.hasSuffix("/auth/token") {
            return HTTPResponse(status: 200, body: Array(#"{"access_token":"bench","expires_in":3600}"#.utf8))
        }
        guard let pageRequest = pageRequest(for: request.url) else {
            return HTTPResponse(status: 400, body: Array(#"{"code":3,"message":"bad bench request"}"#.utf8))
        }
        return HTTPResponse(status: 200, body: prerendered[pageRequest] ?? dataset.page(pageRequest))
    }

    private func pageRequest(for url: URL) -> CloudRuBenchDataset.PageRequest? {
        guard let items = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems else { return nil }
        var values: [String: String] = [:]
        for item in items { values[item.name] = item.value ?? "" }
        guard let projectID = values["project_ids"], let project = projectIndex[projectID],
            let start = values["start_date"].flatMap({ RFC3339Day.day(of: Substring($0)) }),
            let end = values["end_date"].flatMap({ RFC3339Day.day(of: Substring($0)) }),
            let page = values["page_filter.page"].flatMap(Int.init),
            let limit = values["page_filter.limit"].flatMap(Int.init)
        else { return nil }
        return CloudRuBenchDataset.PageRequest(
            project: project, firstDay: start, lastDay: end, page: page, limit: limit)
    }
}
