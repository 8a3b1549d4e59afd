import CostCore
import Foundation
import Providers
import Simulator
import Synchronization

/// A transport that forwards to another one and records every request and answer status.
final class OnAppRecordingTransport: HTTPTransport {
    private let inner: any HTTPTransport
    private let log = Mutex<[(request: HTTPRequest, status: Int?, bodyBytes: Int)]>([])

    init(_ inner: any HTTPTransport = AsyncHTTPClientTransport()) { self.inner = inner }

    /// The requests sent so far, in order.
    var requests: [HTTPRequest] { log.withLock { $0.map(\.request) } }
    /// The answer statuses so far (nil where no answer came).
    var statuses: [Int?] { log.withLock { $0.map(\.status) } }
    /// The answer body sizes so far (0 where no answer came).
    var bodySizes: [Int] { log.withLock { $0.map(\.bodyBytes) } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        do {
            let response = try await inner.send(request)
            log.withLock { $0.append((request, response.status, response.body.count)) }
            return response
        } catch {
            log.withLock { $0.append((request, nil, 0)) }
            throw error
        }
    }
}

/// Shared setup of the OnApp client tests: a simulator per test, accounts, samples, dates.
enum OnAppTestSupport {
    /// 2026-03-15T10:25:00Z: winter time in Amsterdam (CET, UTC+1).
    static let now = utc(2026, 3, 15, 10, 25)

    /// A UTC instant.
    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    /// The start of the UTC hour containing `date`.
    static func floorHour(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 3_600).rounded(.down) * 3_600)
    }

    /// The end of the UTC hour containing the instant just before `date`.
    static func ceilHour(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 3_600).rounded(.up) * 3_600)
    }

    /// Runs `body` against a freshly started simulator and stops it afterwards.
    static func withSimulator<T>(
        now: Date = now, seed: UInt64 = 11, faults: [SimulatorFault] = [], variations: Set<SimulatorVariation> = [],
        _ body: (RunningSimulator) async throws -> T
    ) async throws -> T {
        let simulator = try await Simulator.start(
            SimulatorConfiguration(seed: seed, now: now, faults: faults, variations: variations))
        do {
            let result = try await body(simulator)
            await simulator.stop()
            return result
        } catch {
            await simulator.stop()
            throw error
        }
    }

    /// An account for the simulated user, with overrides for the failure cases.
    static func account(
        _ simulator: RunningSimulator, format: OnAppFormat = .json, userID: Int? = nil,
        apiKey: String = SimulatorCredentials.onAppAPIKey, retry: RetryPolicy = .none,
        maxHoursPerRequest: Int = OnAppAccount.defaultMaxHoursPerRequest
    ) throws -> OnAppAccount {
        OnAppAccount(
            name: "onapp-test", endpoint: try Endpoint(simulator.baseURL), userID: userID ?? simulator.onApp.userID,
            email: SimulatorCredentials.onAppEmail, apiKey: Secret(apiKey), format: format, retry: retry,
            maxHoursPerRequest: maxHoursPerRequest)
    }

    /// The decoded query items of a request.
    static func queryItems(_ request: HTTPRequest) -> [String: String] {
        let items = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        return Dictionary(items.map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { first, _ in first })
    }

    /// The amounts of `records` added up per currency.
    static func totals(_ records: [CostRecord]) -> MoneyTotals {
        MoneyTotals(records.map(\.amount))
    }

    /// The seed page's XML example, verbatim: it ends with `<vm_stats type="array">` where
    /// `</vm_stats>` belongs, so it is not well-formed.
    static let seedXML = """
        <vm_stats type="array"> <vm_hourly_stat> <created_at type="datetime">2013-05-01T00:00:28Z</created_at> \
        <currency_code>USD</currency_code> <id type="integer">0</id> \
        <stat_time type="datetime">2013-05-01T00:00:00Z</stat_time> \
        <updated_at type="datetime">2013-05-01T00:00:28Z</updated_at> <user_id type="integer">239</user_id> \
        <virtual_machine_id nil="true"/> <vm_billing_stat_id type="integer">0</vm_billing_stat_id> \
        <total_cost type="decimal">0.0</total_cost> <usage_cost type="decimal">0.0</usage_cost> </vm_hourly_stat> \
        <vm_hourly_stat> <created_at type="datetime">2013-05-01T01:00:27Z</created_at> \
        <currency_code>USD</currency_code> <id type="integer">0</id> \
        <stat_time type="datetime">2013-05-01T01:00:00Z</stat_time> \
        <updated_at type="datetime">2013-05-01T01:00:27Z</updated_at> <user_id type="integer">239</user_id> \
        <virtual_machine_id nil="true"/> <vm_billing_stat_id type="integer">0</vm_billing_stat_id> \
        <total_cost type="decimal">0.0</total_cost> <usage_cost type="decimal">0.0</usage_cost> </vm_hourly_stat> \
        <vm_stats type="array">
        """

    /// Two rows whose `billing_stats` come as an array of billing details: lists by group, a
    /// root-wrapped item, an item without costs, and a row with no breakdown.
    static let breakdownDetailsXML = """
        <vm_stats type="array"><vm_stat><stat_time>2011-08-09T12:00:00Z</stat_time>
        <currency_code>USD</currency_code><total_cost>3.25</total_cost><virtual_machine_id>44</virtual_machine_id>
        <billing_stats type="array">
          <billing_stat><disks type="array"><disk><id>2933</id><label>Disk#2933</label><costs type="array">
            <cost><value>5</value><cost>3.0</cost><resource_name>disk_size</resource_name></cost></costs></disk>
          </disks></billing_stat>
          <virtual_machine><id>44</id><label>web-01</label><costs type="array">
            <cost><value>1</value><cost>0.25</cost><resource_name>cpus</resource_name></cost></costs>
          </virtual_machine>
          <disk><id>44</id><label nil="true"/><costs type="array"/></disk>
        </billing_stats></vm_stat>
        <vm_stat><stat_time>2011-08-09T12:00:00Z</stat_time><currency_code>USD</currency_code>
        <total_cost>0</total_cost><billing_stats type="array"/></vm_stat></vm_stats>
        """

    /// The seed's XML example with its last tag fixed to `</vm_stats>`.
    static var fixedSeedXML: String {
        String(seedXML.dropLast("<vm_stats type=\"array\">".count)) + "</vm_stats>"
    }

    /// A server row in JSON with a full breakdown (shaped like OnApp's VS billing example:
    /// a float `cost`, an integer-typed `value` written `1.0`, a `resource_id`, a null label),
    /// the obsolete `vm_resources_cost`, and fields this client does not know.
    static let serverRowJSON = """
        [{"vm_hourly_stat": {
          "created_at": "2011-08-09T12:00:10.000Z", "currency_code": "USD", "id": 8248,
          "stat_time": "2011-08-09T12:00:00.000Z", "updated_at": "2011-08-09T12:00:10.000Z",
          "user_id": 1, "virtual_machine_id": 44, "vm_billing_stat_id": 100175,
          "billing_stats": {
            "disks": [
              {"id": 2933, "label": "Disk#2933", "costs": [
                {"value": 5, "cost": 3.0, "resource_name": "disk_size"},
                {"value": 0, "cost": 0.0, "resource_name": "data_read"}]},
              {"id": 44, "label": null, "costs": [{"value": 1, "cost": 0.25, "resource_name": "disk_size"}]}],
            "network_interfaces": [
              {"id": 2688, "label": "eth0", "costs": [
                {"value": 1, "cost": 0.0, "resource_name": "ip_addresses"},
                {"value": 1.0, "cost": 100.0, "resource_name": "instance_package", "resource_id": 90}]}],
            "virtual_machines": [
              {"id": 44, "label": "web-01", "costs": [{"value": 100, "cost": 0.0345, "resource_name": "cpu_shares"}],
               "new_field": {"nested": [1, 2, 3]}}],
            "future_group": null},
          "total_cost": 103.5, "usage_cost": 0.0, "vm_resources_cost": 103.2845,
          "brand_new_field": [true, false, null]}}]
        """

    /// The same row as ``serverRowJSON`` rendered as Rails XML.
    static let serverRowXML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <vm_hourly_stats type="array">
          <vm_hourly_stat>
            <created_at type="datetime">2011-08-09T12:00:10Z</created_at>
            <currency_code>USD</currency_code>
            <id type="integer">8248</id>
            <stat_time type="datetime">2011-08-09T12:00:00Z</stat_time>
            <updated_at type="datetime">2011-08-09T12:00:10Z</updated_at>
            <user_id type="integer">1</user_id>
            <virtual_machine_id type="integer">44</virtual_machine_id>
            <vm_billing_stat_id type="integer">100175</vm_billing_stat_id>
            <billing_stats>
              <disks type="array">
                <disk>
                  <id type="integer">2933</id>
                  <costs type="array">
                    <cost><value type="integer">5</value><cost type="float">3.0</cost><resource_name>disk_size</resource_name></cost>
                    <cost><value type="integer">0</value><cost type="float">0.0</cost><resource_name>data_read</resource_name></cost>
                  </costs>
                  <label>Disk#2933</label>
                </disk>
                <disk>
                  <id type="integer">44</id>
                  <label nil="true"/>
                  <costs type="array">
                    <cost><value type="integer">1</value><cost type="float">0.25</cost><resource_name>disk_size</resource_name></cost>
                  </costs>
                </disk>
              </disks>
              <network_interfaces type="array">
                <network_interface>
                  <id type="integer">2688</id>
                  <costs type="array">
                    <cost><value type="integer">1</value><cost type="float">0.0</cost><resource_name>ip_addresses</resource_name></cost>
                    <cost><value type="integer">1.0</value><cost type="float">100.0</cost><resource_name>instance_package</resource_name><resource_id>90</resource_id></cost>
                  </costs>
                  <label>eth0</label>
                </network_interface>
              </network_interfaces>
              <virtual_machines type="array">
                <virtual_machine>
                  <label>web-01</label>
                  <costs type="array">
                    <cost><value type="integer">100</value><resource_name>cpu_shares</resource_name><cost type="float">0.0345</cost></cost>
                  </costs>
                  <id type="integer">44</id>
                  <new_field><nested>1</nested></new_field>
                </virtual_machine>
              </virtual_machines>
              <future_group nil="true"/>
            </billing_stats>
            <total_cost type="decimal">103.5</total_cost>
            <usage_cost type="decimal">0.0</usage_cost>
            <vm_resources_cost type="float">103.2845</vm_resources_cost>
            <brand_new_field>x &amp; y</brand_new_field>
          </vm_hourly_stat>
        </vm_hourly_stats>
        """
}
