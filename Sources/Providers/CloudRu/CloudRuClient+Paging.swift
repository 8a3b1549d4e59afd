import CostCore
import Foundation

/// One query's pages, and what the client does where the documents leave the API's behaviour open:
///
/// - `end_date`: asked through the day after the window (and `start_date` from the earlier of the
///   first day's UTC and zone midnight); only rows whose day lies in the window are kept, so the
///   answer is right whether the API counts `end_date`'s day or not.
/// - 500 "failed to get consumption": retried per the account's policy (the documentation's "try
///   again later"), then the window is halved and the page limit lowered (its "shorten the period
///   and keep the limit under 30 000"), down to one day and ``CloudRuAccount/minimumPageSize``.
/// - v1 paging: a page shorter than the limit is not taken as the end; the next page is asked,
///   and paging ends at an empty page (or one that repeats the previous).
/// - v2 answering 404: v1, the documented version, is used for the rest of the client's life.
extension CloudRuClient {
    /// The records of one query's window; v2 rows upserted by key and deleted ones dropped.
    func fetchQuery(scope: CloudRuQueryScope, window: CloudRuDayWindow, counter: CloudRuProgressCounter)
        async throws(ProviderError) -> SpendStore
    {
        try await fetchWindow(
            scope: scope, window: window, pageSize: account.pageSize, retry: account.retry, counter: counter)
    }

    /// The window's records; after "failed to get consumption" (and its retries), the records of
    /// its halves asked with half the page limit, each tried once before it is halved again.
    private func fetchWindow(
        scope: CloudRuQueryScope, window: CloudRuDayWindow, pageSize: Int, retry: RetryPolicy,
        counter: CloudRuProgressCounter
    ) async throws(ProviderError) -> SpendStore {
        do {
            return try await fetchPages(
                scope: scope, window: window, pageSize: pageSize, retry: retry, counter: counter)
        } catch {
            guard Self.isFailedConsumption(error) else { throw error }
            let smaller =
                pageSize > CloudRuAccount.minimumPageSize
                ? max(CloudRuAccount.minimumPageSize, pageSize / 2) : pageSize
            let halves = window.halves()
            guard halves != nil || smaller < pageSize else { throw error }
            account.note.fallback(
                "Cloud.ru answered 500 \"failed to get consumption\"; asked again for shorter periods with smaller "
                    + "pages, as its documentation advises")
            guard let (first, second) = halves else {
                return try await fetchWindow(
                    scope: scope, window: window, pageSize: smaller, retry: .none, counter: counter)
            }
            var early = try await fetchWindow(
                scope: scope, window: first, pageSize: smaller, retry: .none, counter: counter)
            let late = try await fetchWindow(
                scope: scope, window: second, pageSize: smaller, retry: .none, counter: counter)
            early.append(contentsOf: late)
            return early
        }
    }

    /// Whether `error` is the documented 500 "failed to get consumption".
    static func isFailedConsumption(_ error: ProviderError) -> Bool {
        guard case .serverError(status: 500, message: let message?) = error.kind else { return false }
        return message.text.lowercased().contains("failed to get consumption")
    }

    /// Every page of the window with the version in use, read straight into records.
    private func fetchPages(
        scope: CloudRuQueryScope, window: CloudRuDayWindow, pageSize: Int, retry: RetryPolicy,
        counter: CloudRuProgressCounter
    ) async throws(ProviderError) -> SpendStore {
        let version = versions.current
        var builder = CloudRuSpendBuilder(account: account, projectID: scope.projectID)
        var pageNumber = 1
        var pageToken: String?
        var seenTokens: Set<String> = []
        var previous: (count: Int, first: CloudRuSpendBuilder.RowIdentity?, last: CloudRuSpendBuilder.RowIdentity?)?
        while true {
            let request = consumptionRequest(
                scope: scope, window: window, version: version, pageSize: pageSize, page: pageNumber,
                pageToken: pageToken)
            guard pageNumber <= Self.maxPagesPerQuery else {
                throw check.error(
                    .malformedResponse("paging did not end after \(Self.maxPagesPerQuery) pages"), request)
            }
            let body: [UInt8]
            do {
                body = try await send(request, retry: retry)
            } catch {
                guard version == .v2, case .rejected(status: 404, _) = error.kind else { throw error }
                versions.fallBackToV1()
                account.note.fallback(
                    "Cloud.ru answered 404 to GET /v2/consumption; used GET /v1/consumption, the documented version")
                return try await fetchPages(
                    scope: scope, window: window, pageSize: min(pageSize, CloudRuAccount.maxV1PageSize), retry: retry,
                    counter: counter)
            }
            let pageStart = builder.stagedCount
            var warnings: [String] = []
            let nextPageToken: String?
            do {
                nextPageToken = try CloudRuConsumptionPage.read(body, into: &builder, warnings: &warnings)
            } catch {
                throw check.unreadable(error.description, body: body, request)
            }
            let rowCount = builder.stagedCount - pageStart
            let first = rowCount == 0 ? nil : builder.identity(at: pageStart)
            let last = rowCount == 0 ? nil : builder.identity(at: builder.stagedCount - 1)
            for warning in warnings { account.note.warn(warning) }
            await counter.add(rows: rowCount)
            if version == .v1, let previous, previous.count < pageSize, rowCount > 0 {
                if previous.count == rowCount, previous.first == first, previous.last == last {
                    account.note.warn(
                        "page \(pageNumber) of GET /v1/consumption repeated page \(pageNumber - 1): paging stopped there"
                    )
                    builder.dropStaged(from: pageStart)
                    builder.commitStaged()
                    return builder.store
                }
                account.note.fallback(
                    "a GET /v1/consumption page held fewer rows than page_filter.limit while more followed; "
                        + "pages are read until an empty one")
            }
            builder.keepStaged(from: pageStart, in: window) { useDate in
                account.note.warn(
                    "usedate \(RFC3339.text(useDate)) lies outside the period asked for: the row is left out")
            }
            switch version {
            case .v1:
                builder.commitStaged()
                if rowCount == 0 { return builder.store }
                previous = (rowCount, first, last)
                pageNumber += 1
            case .v2:
                guard let token = nextPageToken, !token.isEmpty else {
                    builder.commitUpserted()
                    return builder.store
                }
                guard seenTokens.insert(token).inserted else {
                    throw check.error(.malformedResponse("next_page_token repeated an earlier page"), request)
                }
                pageToken = token
                pageNumber += 1
            }
        }
    }

    /// The request for one page.
    func consumptionRequest(
        scope: CloudRuQueryScope, window: CloudRuDayWindow, version: CloudRuAPIVersion, pageSize: Int, page: Int,
        pageToken: String?
    ) -> HTTPRequest {
        var query: [(String, String)] = [scope.parameter]
        query += account.serviceNames.map { ("service_names", $0) }
        query += [
            ("start_date", window.startParameter(zone: account.zone)),
            ("end_date", window.endParameter(zone: account.zone)),
        ]
        switch version {
        case .v1:
            query += [("page_filter.page", String(page)), ("page_filter.limit", String(pageSize))]
        case .v2:
            query.append(("page_filter.page_size", String(pageSize)))
            if let pageToken { query.append(("page_filter.page_token", pageToken)) }
        }
        return HTTPRequest(
            url: account.endpoint.url(version.path, query: query),
            headers: [("Accept", "application/json")], timeout: account.timeout)
    }

    /// Sends `request` with a bearer token, retrying transient failures per `retry`; a rejected
    /// token is exchanged for a new one once.
    private func send(_ request: HTTPRequest, retry: RetryPolicy) async throws(ProviderError) -> [UInt8] {
        try await retry.run { () async throws(ProviderError) in
            var renewed = false
            while true {
                let token = try await tokens.token()
                var authorised = request
                authorised.headers.append(("Authorization", "Bearer \(token.reveal())"))
                let response = try await check.send(authorised, through: transport)
                if response.status == 401, !renewed {
                    await tokens.invalidate(token)
                    renewed = true
                    continue
                }
                try checkStatus(response, request)
                return response.body
            }
        }
    }

    /// Maps an error answer, turning Cloud.ru's documented 500 messages into advice. "failed to
    /// get consumption" stays a server error (retried, then answered by shorter requests); the
    /// agreement and project failures are the configuration's and are not retried.
    private func checkStatus(_ response: HTTPResponse, _ request: HTTPRequest) throws(ProviderError) {
        guard !(200..<300).contains(response.status) else { return }
        if response.status == 500, let message = ResponseCheck.bodyMessage(response.body),
            let advice = Self.advice(forDocumentedFailure: message.text)
        {
            let kind: ProviderError.Kind =
                message.text.lowercased().contains("failed to get consumption")
                ? .serverError(status: 500, message: message) : .rejected(status: 500, message: message)
            throw check.error(kind, request, advice: advice)
        }
        try check.require2xx(response, for: request, credentialName: "key_id and secret")
    }
}
