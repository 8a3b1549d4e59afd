import CostCore
import Foundation

/// Reads spend from an OnApp control panel: the user billing statistics,
/// `GET /users/{user_id}/vm_stats.json` (or `.xml`), one row per server per hour with a
/// per-resource breakdown.
///
/// The range is rounded out to whole UTC hours and asked for in windows of at most
/// ``OnAppAccount/maxHoursPerRequest`` hours, each as `period[startdate]=YYYY-MM-DD hh:00:00`
/// and `period[enddate]=YYYY-MM-DD hh:59:59` of its last hour, in UTC (`period[use_local_time]`
/// is never sent). The end is stamped at the end of the last hour so the window is the same
/// whether the panel treats `enddate` as inclusive or exclusive; rows whose `stat_time` falls
/// outside the window anyway are dropped, so windows never count a row twice.
///
/// Rows become records by ``records(from:)``.
public struct OnAppClient: SpendSource {
    public let account: OnAppAccount
    public var name: String { account.name }
    public var provider: ProviderKind { .onapp }
    private let transport: any HTTPTransport
    var check: ResponseCheck { ResponseCheck(provider: .onapp, account: account.name) }

    public init(account: OnAppAccount, transport: any HTTPTransport) {
        self.account = account
        self.transport = transport
    }

    /// Fetches every cost record whose hour overlaps `range` (rounded out to whole hours).
    ///
    /// OnApp bills by the hour only, so records are always hourly UTC hours; `granularity` and
    /// `zone` do not change what is fetched (a day or month of a zone with a whole-hour offset
    /// is a union of such hours). `progress` is called after every answered window.
    public func fetch(_ query: FetchQuery, progress: FetchProgressHandler? = nil) async throws(ProviderError)
        -> SpendStore
    {
        let range = query.range
        let windows = statsWindows(range: range)
        var store = SpendStore()
        var rowCount = 0
        for (index, window) in windows.enumerated() {
            let request = statsRequest(window: window)
            let answer = try await account.retry.run { () async throws(ProviderError) in
                try await fetchRows(request, window: window)
            }
            rowCount += answer.keptRows
            do {
                let part = try answer.finished()
                if store.isEmpty { store = part } else { store.append(contentsOf: part) }
            } catch {
                var located = error
                located.endpoint = request.endpointDescription
                throw located
            }
            progress?(FetchProgress(requestsDone: index + 1, requestsPlanned: windows.count, rows: rowCount))
        }
        return store
    }

    /// The hour-aligned UTC windows `fetchSpend` asks for, in order: `range` rounded out to
    /// whole hours and cut into pieces of at most ``OnAppAccount/maxHoursPerRequest`` hours.
    public func statsWindows(range: DateRange) -> [DateRange] {
        guard !range.isEmpty else { return [] }
        let firstHour = Self.hourNumber(range.start)
        let lastHour = Self.hourNumber(range.end.addingTimeInterval(-0.001))
        guard lastHour >= firstHour else { return [] }
        let span = Int64(min(max(account.maxHoursPerRequest, 1), 1_000_000))
        var windows: [DateRange] = []
        var start = firstHour
        while start <= lastHour {
            let last = min(start + span - 1, lastHour)
            windows.append(
                DateRange(
                    start: Date(timeIntervalSince1970: TimeInterval(start * 3_600)),
                    end: Date(timeIntervalSince1970: TimeInterval((last + 1) * 3_600))))
            start = last + 1
        }
        return windows
    }

    /// The statistics request for one hour-aligned `window`: `period[startdate]` at its first
    /// hour and `period[enddate]` at the last second of its last hour, UTC.
    public func statsRequest(window: DateRange) -> HTTPRequest {
        let start = CivilDateTime(window.start, utcOffsetSeconds: 0)
        let end = CivilDateTime(window.end.addingTimeInterval(-1), utcOffsetSeconds: 0)
        let path = "/users/\(account.userID)/vm_stats.\(account.format.fileExtension)"
        let query = [
            ("period[startdate]", start.isoText(separator: " ")),
            ("period[enddate]", end.isoText(separator: " ")),
        ]
        let credential = Data(account.basicCredential.reveal().utf8).base64EncodedString()
        return HTTPRequest(
            url: account.endpoint.url(path, query: query),
            headers: [("Authorization", "Basic \(credential)"), ("Accept", account.format.acceptHeader)],
            timeout: account.timeout)
    }

    /// Sends `request`, checks the status and reads the rows of `window` in the account's
    /// format straight into a store.
    private func fetchRows(_ request: HTTPRequest, window: DateRange) async throws(ProviderError)
        -> OnAppSpendBuilder
    {
        let response = try await check.send(request, through: transport)
        try requireSuccess(response, for: request)
        var warnings = OnAppFieldWarnings()
        defer { report(warnings) }
        var builder = OnAppSpendBuilder(account: account.name)
        builder.window = window
        switch account.format {
        case .json:
            do {
                try OnAppJSONDecoding.read(response.body, into: &builder, warnings: &warnings)
                return builder
            } catch {
                throw check.unreadable(
                    "JSON \(error.description)", body: response.body, request,
                    message: OnAppErrorBody.message(response.body))
            }
        case .xml:
            do {
                return try OnAppXMLDecoding.read(response.body, into: builder, warnings: &warnings)
            } catch {
                throw check.unreadable(
                    "XML \(error.description)", body: response.body, request,
                    message: OnAppErrorBody.message(response.body))
            }
        }
    }

    /// Passes what a decoder read leniently to the account's notes (each once per run).
    private func report(_ warnings: OnAppFieldWarnings) {
        if warnings.sawArrayStats {
            account.note.fallback(
                "billing_stats came as an array of billing details, not an object of lists; read by group as documented"
            )
        }
        for message in warnings.messages {
            account.note.warn(message)
        }
    }

    /// Throws unless the answer is 2xx, quoting OnApp's own (Rails) error message when there is one.
    private func requireSuccess(_ response: HTTPResponse, for request: HTTPRequest) throws(ProviderError) {
        let status = response.status
        guard !(200..<300).contains(status) else { return }
        guard ![401, 403, 429].contains(status), let message = OnAppErrorBody.message(response.body) else {
            try check.require2xx(response, for: request, credentialName: "email and API key")
            return
        }
        switch status {
        case 404:
            throw check.error(
                .rejected(status: status, message: message), request,
                advice: "Check the control panel URL and the user id configured for this account")
        case 500...599:
            throw check.error(
                .serverError(status: status, message: message), request,
                advice: status == 503
                    ? "The control panel is overloaded: try again later" : "Usually transient: try again")
        default:
            throw check.error(.rejected(status: status, message: message), request)
        }
    }

    /// The hour containing `date`, in hours since 1970.
    private static func hourNumber(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / 3_600).rounded(.down))
    }
}
