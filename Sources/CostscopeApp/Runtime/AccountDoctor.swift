import Config
import CostCore
import Foundation
import Providers

/// Checks one configured account step by step — credentials, endpoint, permission to read
/// billing, clock — and says what to fix. Stops at the first step that makes the rest moot.
package struct AccountDoctor {
    /// The account under examination.
    package let account: AccountConfig
    /// How requests are sent.
    package let network: FetchNetwork
    /// The clock the billing check's day is taken from (the simulator's in the demo).
    package let now: Date
    /// The simulator's fixed "now" for accounts whose client needs one (the demo's Seeweb).
    package let fixedNow: Date?
    /// The local clock, compared with the server's `Date` header.
    package let localClock: @Sendable () -> Date

    package init(
        account: AccountConfig, network: FetchNetwork, now: Date, fixedNow: Date?,
        localClock: @escaping @Sendable () -> Date
    ) {
        self.account = account
        self.network = network
        self.now = now
        self.fixedNow = fixedNow
        self.localClock = localClock
    }

    /// The checks, in order.
    package func examine() async -> [DoctorCheck] {
        var checks: [DoctorCheck] = []
        let fetcher: any SpendSource
        do {
            fetcher = try AccountFactory.fetcher(for: account, network: network, now: fixedNow)
            checks.append(DoctorCheck(name: "credentials", outcome: .ok, detail: credentialText))
        } catch {
            checks.append(
                DoctorCheck(
                    name: "credentials", outcome: .fail, detail: error.message,
                    fix:
                        "set the missing value in the [[account]] table named \"\(account.name)\" (see costscope sandbox --print-config for the shape)"
                ))
            return checks
        }
        guard let endpoint = AccountFactory.billingEndpoint(for: account) else {
            checks.append(
                DoctorCheck(
                    name: "endpoint", outcome: .fail, detail: "no base_url configured",
                    fix: "add base_url to the account"))
            return checks
        }
        let probe = await reach(endpoint)
        checks.append(probe.check)
        guard probe.reached else { return checks }
        let billing = await billing(fetcher)
        checks.append(billing)
        if billing.outcome == .ok { checks += notes() }
        if let serverDate = probe.serverDate { checks.append(clock(serverDate: serverDate)) }
        return checks
    }

    /// Which credentials the account resolved, by key name only — never their values.
    private var credentialText: String {
        ProviderProfile.of(account.provider).credentialKeys + " resolved"
    }

    /// Whether any HTTP answer comes back from the endpoint's root, and the server's clock.
    private func reach(_ endpoint: Endpoint) async -> (check: DoctorCheck, reached: Bool, serverDate: Date?) {
        let request = HTTPRequest(url: endpoint.url("/"), timeout: .seconds(20))
        do {
            let response = try await network.transport(for: account).send(request)
            let date = response.header("Date").flatMap(HTTPDate.parse)
            return (
                DoctorCheck(
                    name: "endpoint", outcome: .ok,
                    detail: "\(endpoint) answers (HTTP \(response.status) for GET /)"),
                true, date
            )
        } catch {
            let reason = ErrorText.of(error)
            return (
                DoctorCheck(
                    name: "endpoint", outcome: .fail, detail: "\(endpoint): \(reason)",
                    fix: "check base_url, DNS, the network path and any proxy to \(endpoint.baseURL.host ?? "the host")"
                ),
                false, nil
            )
        }
    }

    /// Reads one closed UTC day of spend: proves the credential is accepted and may read billing.
    private func billing(_ fetcher: any SpendSource) async -> DoctorCheck {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let today = calendar.startOfDay(for: now)
        let yesterday = calendar.date(byAdding: .day, value: -1, to: today)!
        let query = FetchQuery(
            accounts: [account.name], range: DateRange(start: yesterday, end: today), granularity: .day,
            zone: calendar.timeZone)
        do {
            let records = try await fetcher.fetch(query, progress: nil)
            return DoctorCheck(
                name: "billing", outcome: .ok,
                detail: "read yesterday's spend (\(records.count) record\(records.count == 1 ? "" : "s"))")
        } catch {
            return DoctorCheck(
                name: "billing", outcome: .fail, detail: error.description,
                fix: advice(for: error))
        }
    }

    /// Which fallbacks the probe fetch took and which values it read leniently: one line each,
    /// or one line saying none were needed.
    private func notes() -> [DoctorCheck] {
        let notes = network.notes.notes(for: account.name)
        guard !notes.isEmpty else {
            return [
                DoctorCheck(name: "fallbacks", outcome: .ok, detail: "none used: every answer had the expected shape")
            ]
        }
        return notes.map { note in
            switch note.kind {
            case .fallback:
                DoctorCheck(
                    name: "fallback", outcome: .warn, detail: note.message,
                    fix: "the provider answers in another documented shape; the line says what was read instead")
            case .warning:
                DoctorCheck(
                    name: "lenient", outcome: .warn, detail: note.message,
                    fix: "the value was kept or skipped as the line says")
            }
        }
    }

    /// What to do about a failed billing read, per provider.
    private func advice(for error: ProviderError) -> String {
        switch error.kind {
        case .unauthorized: ProviderProfile.of(account.provider).rejectedCredentialAdvice
        case .forbidden: ProviderProfile.of(account.provider).forbiddenAdvice
        case .rateLimited: "the provider is throttling requests; try again in a minute"
        case .serverError: "the provider failed; try again later"
        case .transport: "check the network path to the endpoint"
        default: error.advice ?? "check the account's settings"
        }
    }

    /// How far the local clock is from the server's.
    private func clock(serverDate: Date) -> DoctorCheck {
        let skew = Int(localClock().timeIntervalSince(serverDate).rounded())
        // The Date header has whole seconds: two seconds either way is as close as it can tell.
        let text =
            abs(skew) <= 2
            ? "in step with the server (within 2 s)" : "\(abs(skew)) s \(skew > 0 ? "ahead of" : "behind") the server"
        if abs(skew) > 300 {
            return DoctorCheck(
                name: "clock", outcome: .fail, detail: text,
                fix: "set the system clock (e.g. enable NTP): tokens and today's ranges depend on it")
        }
        if abs(skew) > 60 {
            return DoctorCheck(name: "clock", outcome: .warn, detail: text, fix: "enable NTP time sync")
        }
        return DoctorCheck(name: "clock", outcome: .ok, detail: text)
    }
}
