import Foundation
import Logging
import Providers

/// The request log (`--log FILE`, `COSTSCOPE_LOG`): one line per HTTP exchange and per retry
/// decision, through swift-log. Lines hold the URL with its query — never headers or bodies,
/// where the credentials are — and only our own words, never server text:
///
///     2026-11-20T10:00:00.125Z selectel-prod GET https://api.selectel.ru/v3/balances status=200 bytes=812 duration=0.041s
package struct RequestLog: RequestObserver {
    private let logger: Logger

    /// Appends to `file`.
    package init(file: RequestLogFile) {
        logger = Logger(label: "costscope.requests") { _ in RequestLogHandler(file: file) }
    }

    package func record(_ event: RequestEvent) {
        logger.info("\(Self.line(event))")
    }

    /// The log line of `event`.
    package static func line(_ event: RequestEvent) -> String {
        switch event {
        case .exchanged(let exchange):
            var line =
                "\(timestamp(exchange.time)) \(clean(exchange.account)) \(exchange.method) \(loggedURL(exchange.url))"
            line += " status=\(exchange.status.map(String.init) ?? "none") bytes=\(exchange.bytes)"
            line += " duration=\(DurationText.seconds(exchange.duration))s"
            if let failure = exchange.failure { line += " error=\"\(clean(failure))\"" }
            return line
        case .retrying(let retry):
            return "\(timestamp(retry.time)) \(clean(retry.account)) \(retry.endpoint) \(clean(retry.summary))"
        case .retryRefused(let time, let account, let endpoint, let reason):
            return "\(timestamp(time)) \(clean(account)) \(endpoint) not retried: \(clean(reason))"
        }
    }

    /// The URL without any user or password (a base URL never has them; this makes sure).
    static func loggedURL(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            return "(unprintable URL)"
        }
        components.user = nil
        components.password = nil
        return clean(components.string ?? "(unprintable URL)")
    }

    /// UTC, ISO 8601, milliseconds.
    static func timestamp(_ date: Date) -> String {
        Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(date)
    }

    /// Control characters (a name with a newline would split a line) as `?`.
    static func clean(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : $0 }))
    }
}
