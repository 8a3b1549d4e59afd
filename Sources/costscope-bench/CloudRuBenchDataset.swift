import CostCore
import Foundation

/// A generated Cloud.ru organisation with about `targetRows` consumption rows over one quarter
/// (2026-07-01 … 2026-09-30, UTC days): a pure function of the row count, nothing downloaded.
///
/// Every resource is billed for every SKU of ``CloudRuBenchCatalog`` every day, so the rows of
/// one day are `resourceCount × skus` and the ground truth is a sum of hashes. Names mix Latin,
/// Cyrillic, JSON escapes (`\"`, `\\`) and `\uXXXX`-escaped Cyrillic; money has six decimals.
struct CloudRuBenchDataset: Sendable {
    /// UTC day number (days since 1970) of the first day: 2026-07-01.
    static let firstDay = RFC3339Day.dayNumber(year: 2026, month: 7, day: 1)
    /// Days in the quarter.
    static let dayCount = 92
    /// The whole quarter as a range.
    static let quarter = DateRange(
        start: Date(timeIntervalSince1970: TimeInterval(firstDay) * 86_400),
        end: Date(timeIntervalSince1970: TimeInterval(firstDay + dayCount) * 86_400))

    /// One billed resource.
    struct Resource: Sendable {
        let id: String
        let name: String
        let project: Int
        let zone: String
        /// The constant head of its rows per SKU, up to the opening quote of `usedate`'s value.
        let heads: [[UInt8]]
    }

    /// All resources; resource `i` belongs to project `i % projects`.
    let resources: [Resource]
    /// Indices of the resources of each project, in row order.
    let resourcesByProject: [[Int]]
    /// The constant middle (tariff, unit) and tail (platform, meta) per SKU and zone.
    private let middles: [[UInt8]]
    private let tails: [[[UInt8]]]

    /// The number of rows: days × resources × SKUs.
    var rowCount: Int { Self.dayCount * resources.count * CloudRuBenchCatalog.skus.count }

    /// A dataset with at least `targetRows` rows (rounded up to whole resources).
    init(targetRows: Int) {
        let perResource = Self.dayCount * CloudRuBenchCatalog.skus.count
        let count = max(CloudRuBenchCatalog.projects.count, (targetRows + perResource - 1) / perResource)
        var resources: [Resource] = []
        var byProject = Array(repeating: [Int](), count: CloudRuBenchCatalog.projects.count)
        for index in 0..<count {
            let project = index % CloudRuBenchCatalog.projects.count
            let id = Self.resourceID(index)
            let name = Self.resourceName(index)
            let heads = CloudRuBenchCatalog.skus.map { sku in
                var head = BenchJSONBytes(capacity: 256)
                head.raw("{\"dog_id\":")
                head.string(CloudRuBenchCatalog.contractID)
                head.raw(",\"dmid\":")
                head.integer(Int64(523_000 + index % 40))
                head.raw(",\"sku\":")
                head.string(sku.id)
                head.raw(",\"servname\":")
                head.string(sku.service)
                head.raw(",\"resource_id\":")
                head.string(id)
                head.raw(",\"resource_name\":")
                head.string(name, escapeNonASCII: index % 10 == 2)
                head.raw(",\"usedate\":\"")
                return head.bytes
            }
            byProject[project].append(index)
            resources.append(
                Resource(
                    id: id, name: name, project: project,
                    zone: CloudRuBenchCatalog.zones[index % CloudRuBenchCatalog.zones.count], heads: heads))
        }
        self.resources = resources
        self.resourcesByProject = byProject
        self.middles = CloudRuBenchCatalog.skus.map { sku in
            var middle = BenchJSONBytes()
            middle.raw(",\"cost\":")
            middle.micros(sku.tariffMicros)
            middle.raw(",\"unit\":")
            middle.string(sku.unit)
            middle.raw(",\"usefact\":")
            return middle.bytes
        }
        self.tails = CloudRuBenchCatalog.skus.map { sku in
            CloudRuBenchCatalog.zones.map { zone in
                var tail = BenchJSONBytes()
                tail.raw(",\"platform\":")
                tail.string(sku.platform)
                tail.raw(",\"meta\":{\"availability_zone\":")
                tail.string(zone)
                tail.raw(",\"flavor\":\"gen-3-4-8\"}}")
                return tail.bytes
            }
        }
    }

    /// The money without VAT of one row, in micro-roubles (six decimals, 0.000001 … 40 RUB).
    static func amountMicros(resource: Int, sku: Int, day: Int) -> Int64 {
        Int64(SplitMixHash.mix(UInt64(resource), UInt64(sku), UInt64(day)) % 40_000_000) + 1
    }

    /// The money with 22 % VAT, rounded half up to micro-roubles.
    static func amountWithVATMicros(_ amount: Int64) -> Int64 {
        (amount * 122 + 50) / 100
    }

    /// The quantity of one row, in millionths of its unit.
    static func quantityMicros(resource: Int, sku: Int, day: Int) -> Int64 {
        Int64(SplitMixHash.mix(UInt64(sku), UInt64(day), UInt64(resource), 7) % 100_000_000)
    }

    /// Appends one row (one resource, one SKU, one day) as a JSON object.
    func writeRow(resource: Int, sku: Int, day: Int, dayText: [UInt8], to writer: inout BenchJSONBytes) {
        let item = resources[resource]
        let amount = Self.amountMicros(resource: resource, sku: sku, day: day)
        writer.raw(item.heads[sku])
        writer.raw(dayText)
        writer.raw("\",\"amount\":")
        writer.micros(amount)
        writer.raw(",\"amount_nds\":")
        writer.micros(Self.amountWithVATMicros(amount))
        writer.raw(middles[sku])
        writer.micros(Self.quantityMicros(resource: resource, sku: sku, day: day))
        writer.raw(tails[sku][resource % CloudRuBenchCatalog.zones.count])
    }

    /// `2026-07-01T00:00:00Z` for a day number, as bytes.
    static func dayText(_ day: Int) -> [UInt8] {
        Array(RFC3339Day.text(day: day).utf8)
    }

    private static func resourceID(_ index: Int) -> String {
        let high = SplitMixHash.mix(UInt64(index), 1)
        let low = SplitMixHash.mix(UInt64(index), 2)
        let hex = String(high, radix: 16).leftPadded(to: 16) + String(low, radix: 16).leftPadded(to: 16)
        let characters = Array(hex)
        return String(characters[0..<8]) + "-" + String(characters[8..<12]) + "-" + String(characters[12..<16])
            + "-" + String(characters[16..<20]) + "-" + String(characters[20..<32])
    }

    private static func resourceName(_ index: Int) -> String {
        switch index % 10 {
        case 0: "сервер-приложений-\(index)"
        case 1: "db \"primary\" \\ shard-\(index)"
        case 2: "бэкап-\(index)"
        case 3: "Тестовый стенд №\(index)"
        default: "web-\(index)"
        }
    }
}

extension String {
    /// The string padded on the left with zeros to `length` characters.
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
