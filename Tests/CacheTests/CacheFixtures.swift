import Cache
import CostCore
import Foundation

/// Temporary cache directories and sample records for the cache tests.
enum CacheFixtures {
    /// A new empty directory under the system's temporary directory.
    static func temporaryDirectory() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cache-tests-\(UUID().uuidString)")
            .path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A fresh cache in a new temporary directory.
    static func freshCache() throws -> CostCache {
        try CostCache.open(directory: temporaryDirectory(), fileName: "cache.sqlite").cache
    }

    /// `YYYY-MM-DD` at midnight UTC, plus `hours`.
    static func utc(_ day: String, hours: Int = 0) -> Date {
        CivilDateTime(parsing: day)!.date(utcOffsetSeconds: 0).addingTimeInterval(Double(hours) * 3600)
    }

    /// One UTC day starting at `day`.
    static func dayRange(_ day: String) -> DateRange {
        DateRange(start: utc(day), end: utc(day, hours: 24))
    }

    /// A Cloud.ru-like daily record with a stable `encode_id`.
    static func cloudRu(_ key: String, day: String, amount: String) -> CostRecord {
        CostRecord(
            provider: .cloudru, account: "облако", project: EntityRef(id: "p1", name: "Бухгалтерия"),
            service: "Compute", period: dayRange(day), amount: Money(Amount(amount)!, .rub),
            native: ["encode_id": key, "tariff": "1.5"])
    }

    /// Records that exercise every field: Cyrillic names, missing parts, 12 fractional
    /// digits, negative amounts, separators inside native values.
    static func varied(day: String) -> [CostRecord] {
        [
            CostRecord(
                provider: .selectel, account: "прод", project: EntityRef(id: "p-1", name: "Бухгалтерия"),
                object: ObjectRef(
                    id: "o-1", name: "диск «основной»", type: "volume", parentID: "vm-1", parentName: "сервер"),
                metric: EntityRef(id: "m-1", name: "Хранение, ГБ·ч"), region: "ru-1", service: "vpc",
                period: DateRange(start: utc(day, hours: 3), end: utc(day, hours: 4)),
                amount: Money(Amount("1234.567890123456")!, .rub), quantity: Amount("0.000000000001"), unit: "ГБ",
                native: ["note": "a\u{1E}b\u{1F}c\\d", "пусто": ""]),
            CostRecord(
                provider: .onapp, account: "прод",
                period: DateRange(start: utc(day, hours: 5), end: utc(day, hours: 6)),
                amount: Money(Amount("-0.01")!, .usd)),
            CostRecord(
                provider: .seeweb, account: "прод", project: EntityRef(id: "g"), object: ObjectRef(id: "ec200200"),
                period: DateRange(start: utc(day, hours: 7), end: utc(day, hours: 8)),
                amount: Money(Amount("99999999999999999999.999999999999")!, .eur)),
        ]
    }
}
