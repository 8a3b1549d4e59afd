import CostCore

/// Generated OnApp `vm_stats` answers: one hourly row per server and hour, each with a
/// breakdown of a server (CPU, memory) and a disk, in JSON (root-wrapped rows) and in Rails
/// XML. Row totals equal their breakdown, so every cost becomes a record.
struct OnAppBenchPages: Sendable {
    /// Servers billed every hour.
    let servers: Int
    /// Hours (rows per server).
    let hours: Int

    /// The first hour: 2026-07-01T00:00:00Z, in seconds since 1970.
    static let firstSecond = Int64(RFC3339Day.dayNumber(year: 2026, month: 7, day: 1)) * 86_400

    /// Rows in the answer.
    var rowCount: Int { servers * hours }
    /// Records the rows map to (three charged costs per row).
    var recordCount: Int { rowCount * 3 }

    /// The three costs of one row in micro-dollars: CPU, memory, disk.
    static func costs(server: Int, hour: Int) -> [Int64] {
        (0..<3).map { Int64(SplitMixHash.mix(UInt64(server), UInt64(hour), UInt64($0), 11) % 90_000) + 1 }
    }

    /// The exact sum of every row's `total_cost`.
    var groundTruth: Amount {
        var micros: Int64 = 0
        for server in 0..<servers {
            for hour in 0..<hours { micros += Self.costs(server: server, hour: hour).reduce(0, +) }
        }
        return Amount(minorUnits: micros, decimals: 6)
    }

    /// The JSON answer: `[{"vm_hourly_stat":{…}},…]`.
    func json() -> [UInt8] {
        var writer = BenchJSONBytes(capacity: rowCount * 600)
        writer.raw("[")
        for hour in 0..<hours {
            let stamp = timestamp(hour)
            for server in 0..<servers {
                if hour > 0 || server > 0 { writer.raw(",") }
                let costs = Self.costs(server: server, hour: hour)
                writer.raw("{\"vm_hourly_stat\":{\"created_at\":\"\(stamp).000Z\",\"currency_code\":\"USD\",\"id\":0,")
                writer.raw("\"stat_time\":\"\(stamp).000Z\",\"updated_at\":\"\(stamp).000Z\",\"user_id\":7,")
                writer.raw("\"virtual_machine_id\":\(100 + server),\"vm_billing_stat_id\":0,\"billing_stats\":{")
                writer.raw("\"virtual_machines\":[{\"id\":\(100 + server),\"label\":")
                writer.string("сервер «\(server)»")
                writer.raw(",\"costs\":[{\"value\":2,\"cost\":")
                writer.micros(costs[0])
                writer.raw(",\"resource_name\":\"cpu_shares\"},{\"value\":4096,\"cost\":")
                writer.micros(costs[1])
                writer.raw(
                    ",\"resource_name\":\"memory\"}]}],\"disks\":[{\"id\":\(5000 + server),\"label\":\"disk 1\",")
                writer.raw("\"costs\":[{\"value\":50,\"cost\":")
                writer.micros(costs[2])
                writer.raw(",\"resource_name\":\"disk_size\"}]}]},\"total_cost\":")
                writer.micros(costs.reduce(0, +))
                writer.raw(",\"usage_cost\":0}}")
            }
        }
        writer.raw("]")
        return writer.bytes
    }

    /// The XML answer in Rails' `to_xml` shape, `<vm_stats type="array">…</vm_stats>`.
    func xml() -> [UInt8] {
        var writer = BenchJSONBytes(capacity: rowCount * 1_400)
        writer.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<vm_stats type=\"array\">\n")
        for hour in 0..<hours {
            let stamp = timestamp(hour)
            for server in 0..<servers {
                let costs = Self.costs(server: server, hour: hour)
                writer.raw("  <vm_hourly_stat>\n    <created_at type=\"datetime\">\(stamp)Z</created_at>\n")
                writer.raw("    <currency_code>USD</currency_code>\n    <id type=\"integer\">0</id>\n")
                writer.raw("    <stat_time type=\"datetime\">\(stamp)Z</stat_time>\n")
                writer.raw("    <user_id type=\"integer\">7</user_id>\n")
                writer.raw("    <virtual_machine_id type=\"integer\">\(100 + server)</virtual_machine_id>\n")
                writer.raw("    <billing_stats>\n      <virtual_machines type=\"array\">\n        <virtual_machine>\n")
                writer.raw("          <id type=\"integer\">\(100 + server)</id>\n")
                writer.raw("          <label>сервер &lt;\(server)&gt;</label>\n          <costs type=\"array\">\n")
                cost(2, costs[0], "cpu_shares", to: &writer)
                cost(4096, costs[1], "memory", to: &writer)
                writer.raw("          </costs>\n        </virtual_machine>\n      </virtual_machines>\n")
                writer.raw(
                    "      <disks type=\"array\">\n        <disk>\n          <id type=\"integer\">\(5000 + server)</id>\n"
                )
                writer.raw("          <label>disk 1</label>\n          <costs type=\"array\">\n")
                cost(50, costs[2], "disk_size", to: &writer)
                writer.raw("          </costs>\n        </disk>\n      </disks>\n    </billing_stats>\n")
                writer.raw("    <total_cost type=\"decimal\">")
                writer.micros(costs.reduce(0, +))
                writer.raw("</total_cost>\n    <usage_cost type=\"decimal\">0</usage_cost>\n  </vm_hourly_stat>\n")
            }
        }
        writer.raw("</vm_stats>\n")
        return writer.bytes
    }

    private func cost(_ value: Int, _ micros: Int64, _ name: String, to writer: inout BenchJSONBytes) {
        writer.raw("            <cost>\n              <value type=\"integer\">\(value)</value>\n")
        writer.raw("              <cost type=\"float\">")
        writer.micros(micros)
        writer.raw("</cost>\n              <resource_name>\(name)</resource_name>\n            </cost>\n")
    }

    /// `2026-07-01T05:00:00` (no zone suffix) for an hour index.
    private func timestamp(_ hour: Int) -> String {
        let second = Self.firstSecond + Int64(hour) * 3_600
        let day = RFC3339Day.text(day: Int(second / 86_400)).prefix(10)
        let hourOfDay = Int(second % 86_400 / 3_600)
        return "\(day)T\(hourOfDay < 10 ? "0" : "")\(hourOfDay):00:00"
    }
}
