import CostCore

/// A generated Selectel consumption answer (`{"status":"success","data":[…]}`): hourly rows
/// of objects nested under servers, money in kopecks, naive Moscow-time periods.
struct SelectelBenchPages: Sendable {
    /// Rows in the answer.
    let rowCount: Int

    private static let metrics = [
        ("compute_cores_preemptible", "vCPU", "ru-9a"), ("compute_ram", "ГБ", "ru-9a"),
        ("volume_gigabytes_fast", "ГБ", "ru-9b"), ("network_ip", "шт", "ru-3a"),
    ]

    /// The kopecks of row `index` (up to four decimals of a kopeck, as Selectel sends).
    static func kopeckTenThousandths(_ index: Int) -> Int64 {
        Int64(SplitMixHash.mix(UInt64(index), 23) % 5_000_000)
    }

    /// The exact sum of every row's `value`, in roubles.
    var groundTruth: Amount {
        var sum: Int64 = 0
        for index in 0..<rowCount { sum += Self.kopeckTenThousandths(index) }
        return Amount(minorUnits: sum, decimals: 6)
    }

    /// The answer body.
    func json() -> [UInt8] {
        var writer = BenchJSONBytes(capacity: rowCount * 520)
        writer.raw("{\"status\":\"success\",\"data\":[")
        for index in 0..<rowCount {
            if index > 0 { writer.raw(",") }
            let server = index / 4 % 2_000
            let hour = index / 8_000
            let (metric, unit, region) = Self.metrics[index % 4]
            writer.raw("{\"account_id\":123456,\"provider_key\":\"vpc\",\"value\":")
            let value = Self.kopeckTenThousandths(index)
            writer.integer(value / 10_000)
            if value % 10_000 != 0 {
                writer.raw(".")
                var fraction = value % 10_000
                var divisor: Int64 = 1_000
                while fraction != 0 {
                    writer.raw(String(fraction / divisor))
                    fraction %= divisor
                    divisor /= 10
                }
            }
            let day = 1 + hour / 24
            writer.raw(
                ",\"period\":\"2026-07-\(day < 10 ? "0" : "")\(day)T\(hour % 24 < 10 ? "0" : "")\(hour % 24):00:00\",")
            writer.raw("\"project\":{\"id\":\"p-\(server % 12)\",\"name\":")
            writer.string("Проект \"\(server % 12)\"")
            writer.raw("},\"object\":{\"id\":\"vol-\(server)-\(index % 4)\",\"name\":")
            writer.string("диск-\(server)")
            writer.raw(",\"type\":\"volume\",\"parent_id\":\"srv-\(server)\",\"parent_name\":")
            writer.string("сервер-\(server)")
            writer.raw("},\"metric\":{\"id\":\"\(metric)\",\"name\":\"\(metric)\",\"quantity\":1,\"unit\":")
            writer.string(unit)
            writer.raw(",\"region\":\"\(region)\"}}")
        }
        writer.raw("]}")
        return writer.bytes
    }
}
