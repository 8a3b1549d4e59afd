import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit

/// Small deterministic data sets in the shape each provider's client produces, for the
/// provider drill paths: Cloud.ru, OnApp, Seeweb and F5 Distributed Cloud.
enum ProviderFixtures {
    /// The ten UTC days up to and including 2026-11-20.
    static let days: [DateRange] = (0..<10).map { offset in
        let start = CivilDateTime(year: 2026, month: 11, day: 11 + offset).date(utcOffsetSeconds: 0)
        return DateRange(start: start, end: start.addingTimeInterval(86_400))
    }

    /// A state over `records` of one account named `account` of `provider`.
    static func state(
        _ provider: ProviderKind, account: String, records: [CostRecord],
        size: TerminalSize = TerminalSize(width: 120, height: 40), ascii: Bool = false
    ) -> ExplorerState {
        state(
            accounts: [AccountEntry(name: account, provider: provider)], records: [account: records], size: size,
            ascii: ascii)
    }

    /// A state over several accounts, each with its records.
    static func state(
        accounts: [AccountEntry], records: [String: [CostRecord]],
        size: TerminalSize = TerminalSize(width: 120, height: 40),
        ascii: Bool = false
    ) -> ExplorerState {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: size, now: Fixtures.now, zone: Fixtures.moscow, accounts: accounts, ascii: ascii)
        state.screen.headerNote = "demo"
        guard case .fetch(_, let id) = state.beginFetch().last else { fatalError("no fetch") }
        for account in accounts {
            _ = reduce(
                &state,
                .recordsLoaded(
                    requestID: id, account: account.name, records: SpendStore(records[account.name] ?? []),
                    at: Fixtures.now))
        }
        return state
    }

    // MARK: Cloud.ru

    /// Project → service → resource → SKU, daily rows with a tariff (`cost`) and `usefact`.
    static var cloudRu: [CostRecord] {
        struct Line {
            let project: (String, String)
            let service: String
            let resource: (String, String)
            let sku: String
            let unit: String
            let quantityPerDay: Int
            let tariff: String
        }
        let lines = [
            Line(
                project: ("p-shop", "Интернет-магазин"), service: "Виртуальные машины", resource: ("vm-1", "web-1"),
                sku: "compute.vcpu", unit: "vCPU*ч", quantityPerDay: 96, tariff: "0.58"),
            Line(
                project: ("p-shop", "Интернет-магазин"), service: "Виртуальные машины", resource: ("vm-1", "web-1"),
                sku: "compute.ram", unit: "ГБ*ч", quantityPerDay: 192, tariff: "0.194444"),
            Line(
                project: ("p-shop", "Интернет-магазин"), service: "Диски", resource: ("disk-1", "web-1-boot"),
                sku: "disk.ssd", unit: "ГБ*ч", quantityPerDay: 1_200, tariff: "0.0125"),
            Line(
                project: ("p-ml", "ML-платформа"), service: "Виртуальные машины", resource: ("vm-gpu", "trainer"),
                sku: "compute.gpu.a100", unit: "GPU*ч", quantityPerDay: 24, tariff: "127.5"),
        ]
        var records: [CostRecord] = []
        for (index, day) in days.enumerated() {
            for line in lines {
                // The vCPU tariff went up on the sixth day: shown as a range, never summed.
                let tariffText = line.sku == "compute.vcpu" && index >= 5 ? "0.6" : line.tariff
                let tariff = Amount(tariffText)!
                var amount = Amount.zero
                for _ in 0..<line.quantityPerDay { amount += tariff }
                records.append(
                    CostRecord(
                        provider: .cloudru, account: "cloudru-demo",
                        project: EntityRef(id: line.project.0, name: line.project.1),
                        object: ObjectRef(id: line.resource.0, name: line.resource.1, type: line.service),
                        metric: EntityRef(id: line.sku), region: "ru-central1-a", service: line.service, period: day,
                        amount: Money(amount, .rub), quantity: Amount(line.quantityPerDay), unit: line.unit,
                        native: ["tariff": tariffText]))
            }
        }
        return records
    }

    // MARK: OnApp

    /// Two VMs; db-01 has a disk and a network interface nested under it (as the OnApp client
    /// nests a row's breakdown items under the row's server). No projects. Each VM's first
    /// record of a day keeps the day's `usage_cost` (db-01: 1.25 $, web-01: 0.40 $), as the
    /// client keeps it on the first record of a row.
    static var onApp: [CostRecord] {
        let database = ObjectRef(id: "virtual_machine:1", name: "db-01", type: "virtual_machine")
        let disk = ObjectRef(
            id: "disk:10", name: "db-01 root", type: "disk", parentID: database.id, parentName: database.name)
        let nic = ObjectRef(
            id: "network_interface:20", name: "eth0", type: "network_interface", parentID: database.id,
            parentName: database.name)
        let web = ObjectRef(id: "virtual_machine:2", name: "web-01", type: "virtual_machine")
        let entries: [(ObjectRef, String, String, Int64)] = [
            (database, "virtual_machines", "cpu_shares", 240), (database, "virtual_machines", "memory", 180),
            (disk, "disks", "disk_size", 60), (disk, "disks", "data_read", 15),
            (nic, "network_interfaces", "ip_addresses", 36), (web, "virtual_machines", "cpu_shares", 120),
        ]
        let usage = [database.id + "cpu_shares": "1.25", web.id + "cpu_shares": "0.40"]
        return days.flatMap { day in
            entries.map { object, group, resource, cents in
                CostRecord(
                    provider: .onapp, account: "onapp-demo", object: object, metric: EntityRef(id: resource),
                    service: group, period: day, amount: Money(minorUnits: cents, .usd), quantity: Amount(24),
                    native: usage[object.id + resource].map { ["user_id": "7", CostRecord.onAppUsageCostKey: $0] }
                        ?? ["user_id": "7"])
            }
        }
    }

    // MARK: Seeweb

    /// The November 2026 month (cut at Italian midnight) of three servers in two groups.
    static let seewebMonth = DateRange(
        start: CivilDateTime(year: 2026, month: 10, day: 31, hour: 23).date(utcOffsetSeconds: 0),
        end: CivilDateTime(year: 2026, month: 11, day: 30, hour: 23).date(utcOffsetSeconds: 0))

    /// Servers with online, offline and reserved parts, as ``SeewebRecordBuilder`` emits them.
    static var seeweb: [CostRecord] {
        var records: [CostRecord] = []
        func add(
            _ group: String, _ server: String, _ notes: String, plan: String, part: String, metric: String,
            hours: Int, price: String, shared: [String: String], extra: [String: String] = [:]
        ) {
            var native = shared.merging(extra) { _, new in new }
            native["part"] = part
            records.append(
                CostRecord(
                    provider: .seeweb, account: "seeweb-demo", project: EntityRef(id: group),
                    object: ObjectRef(id: server, name: notes, type: "server"), metric: EntityRef(id: metric),
                    service: plan, period: seewebMonth, amount: Money(Amount(price)!, .eur), quantity: Amount(hours),
                    unit: "h", native: native))
        }
        let database: [String: String] = [
            "year": "2026", "month": "11", "cost": "52", "billed_hours": "620", "original_cost": "62",
            "offline_discount": "50", "offline_reduction": "1",
        ]
        add(
            "eg100001", "ec200001", "shop-db", plan: "ECS4", part: "online", metric: "online", hours: 300,
            price: "30", shared: database)
        add(
            "eg100001", "ec200001", "shop-db", plan: "ECS4", part: "offline", metric: "offline", hours: 20,
            price: "1", shared: database)
        add(
            "eg100001", "ec200001", "shop-db", plan: "ECS4", part: "reserved", metric: "reserved 12", hours: 200,
            price: "15", shared: database,
            extra: [
                "reserved_plan": "12", "reserved_discount": "25", "reserved_reduction": "5",
                "reserved_start_date": "2025-12-01T09:30:00.000000+00:00",
                "reserved_end_date": "2026-12-01T09:30:00.000000+00:00",
            ])
        add(
            "eg100001", "ec200001", "shop-db", plan: "ECS4", part: "reserved", metric: "reserved 24", hours: 100,
            price: "6", shared: database,
            extra: [
                "reserved_plan": "24", "reserved_discount": "40", "reserved_reduction": "4",
                "reserved_start_date": "2024-11-10T00:00:00.000000+00:00",
                "reserved_end_date": "2026-11-10T00:00:00.000000+00:00",
            ])
        let web: [String: String] = [
            "year": "2026", "month": "11", "cost": "14.4", "billed_hours": "480", "original_cost": "14.4",
        ]
        add(
            "eg100001", "ec200002", "shop-web", plan: "ECS1", part: "online", metric: "online", hours: 480,
            price: "14.4", shared: web)
        let lab: [String: String] = ["year": "2026", "month": "11", "cost": "7.2", "original_cost": "7.2"]
        add(
            "eg100002", "ec200003", "lab", plan: "ECS1", part: "online", metric: "online", hours: 240, price: "7.2",
            shared: lab)
        return records
    }

    // MARK: F5 Distributed Cloud

    /// Usage lines per service, priced, with the usage summary's quantity and unit. No projects.
    static var f5: [CostRecord] {
        let items: [(String, String, Int64, Int, String)] = [
            ("Web App & API Protection", "WAAP Requests", 9_500, 9_500_000, "requests"),
            ("Web App & API Protection", "WAAP Load Balancers", 2_400, 24, "lb·h"),
            ("DNS", "DNS Queries", 310, 3_100_000, "queries"),
            ("DNS", "DNS Zones", 120, 2, "zones"),
        ]
        return days.flatMap { day in
            items.map { service, item, cents, quantity, unit in
                CostRecord(
                    provider: .f5xc, account: "f5xc-demo", metric: EntityRef(id: item, name: item), service: service,
                    period: day, amount: Money(minorUnits: cents, .usd), quantity: Amount(quantity), unit: unit,
                    native: ["source": "current_usage"])
            }
        }
    }
}
