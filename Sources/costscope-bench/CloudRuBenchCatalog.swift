/// The fixed vocabulary of the generated Cloud.ru organisation: SKUs with Cyrillic services and
/// units, projects and zones. Only the number of resources grows with the row count.
enum CloudRuBenchCatalog {
    /// One billed item: id, service (`servname`), unit, platform and tariff in micro-roubles.
    struct SKU: Sendable {
        let id: String
        let service: String
        let unit: String
        let platform: String
        let tariffMicros: Int64
    }

    /// The SKUs a resource is billed for; every resource has all of them.
    static let skus: [SKU] = [
        SKU(
            id: "evolution.compute.vcpu", service: "Виртуальные машины", unit: "vCPU*ч", platform: "Evolution",
            tariffMicros: 580_000),
        SKU(
            id: "evolution.compute.ram", service: "Виртуальные машины", unit: "ГБ*ч", platform: "Evolution",
            tariffMicros: 194_444),
        SKU(
            id: "evolution.disk.ssd", service: "Диски", unit: "ГБ*ч", platform: "Evolution", tariffMicros: 13_699),
        SKU(
            id: "evolution.s3.traffic.egress", service: "Объектное хранилище", unit: "ГБ", platform: "Evolution",
            tariffMicros: 1_450_000),
        SKU(
            id: "evolution.fm.tokens.input", service: "Foundation Models", unit: "1000 токенов",
            platform: "Evolution", tariffMicros: 50_000),
        SKU(
            id: "vmware.vcpu", service: "Виртуальные машины", unit: "vCPU*ч", platform: "VMware", tariffMicros: 740_000),
    ]

    /// Project ids and names; resources are spread over them round-robin.
    static let projects: [(id: String, name: String)] = [
        ("7f1c2a40-0b1e-4c55-9d10-5a1f00000001", "Интернет-магазин"),
        ("7f1c2a40-0b1e-4c55-9d10-5a1f00000002", "Тестовая среда"),
        ("7f1c2a40-0b1e-4c55-9d10-5a1f00000003", "ML-платформа"),
        ("7f1c2a40-0b1e-4c55-9d10-5a1f00000004", "Бухгалтерия"),
        ("7f1c2a40-0b1e-4c55-9d10-5a1f00000005", "Аналитика \"BI\""),
        ("7f1c2a40-0b1e-4c55-9d10-5a1f00000006", "Platform team"),
    ]

    /// Availability zones (`meta.availability_zone`).
    static let zones = ["ru.AZ-1", "ru.AZ-2", "ru.AZ-3"]

    /// The agreement number served as `dog_id`.
    static let contractID = "4812345"
}
