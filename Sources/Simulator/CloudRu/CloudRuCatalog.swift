/// The simulated Cloud.ru organisation: four projects, 77 resources, about 110 daily rows plus
/// about 1 600 tiny Foundation Models rows a day (some 50 000 rows a month).
///
/// Quantities are per hour of life in the SKU's unit (vCPU, GB, pieces, GB of traffic,
/// thousands of requests), or per 10-minute quantum for model tokens (thousands). Everything
/// here is fixed; the seed only changes ids, exact creation hours, scales, noise and the
/// spike's timing. About 12 000 RUB a day without VAT, a quarter of it one A100 GPU.
enum CloudRuCatalog {
    typealias Resource = CloudRuBlueprint.Resource
    typealias Usage = CloudRuBlueprint.Usage

    /// All projects in display order.
    static let projects: [CloudRuBlueprint.Project] = [shop, staging, machineLearning, accounting]

    static let shop = CloudRuBlueprint.Project(
        name: "Интернет-магазин",
        resources: {
            var list: [Resource] = (1...8).flatMap { vm("web-0\($0)", cores: 4, ram: 8, disk: 50) }
            list += [publicIP("185.12.31.45"), publicIP("185.12.31.46"), kubernetes("shop-k8s", version: "1.30")]
            list += (1...6).flatMap { vm("shop-k8s-node-\($0)", cores: 8, ram: 32, disk: 100) }
            list += [
                postgres("shop-db", cores: 4, ram: 16, disk: 200),
                bucket("shop-media", storage: 3000, traffic: 20, requests: 40, spike: true),
                bucket("shop-backups", storage: 8000, traffic: 0.2, requests: 1),
                model("shop-assistant", "GigaChat-2-Pro", input: 6, output: 1.5),
                model("shop-search", "Qwen3-Embedding", input: 9, output: 0.2),
            ]
            return list
        }()
    )

    static let staging = CloudRuBlueprint.Project(
        name: "Тестовая среда",
        resources: {
            var list: [Resource] = (1...3).flatMap { vm("stage-app-\($0)", cores: 2, ram: 4, disk: 40, hdd: true) }
            list += [publicIP("185.12.31.90")]
            list += vm("stage-runner", cores: 8, ram: 16, disk: 100, lifetime: .created(daysAgo: 12))
            list += vm("stage-legacy", cores: 4, ram: 8, disk: 60, hdd: true, lifetime: .deleted(75, 20))
            list += [kubernetes("stage-k8s", version: "1.31")]
            list += (1...3).flatMap { vm("stage-k8s-node-\($0)", cores: 4, ram: 16, disk: 50) }
            list += [bucket("stage-artifacts", storage: 400, traffic: 0.5, requests: 3)]
            return list
        }()
    )

    static let machineLearning = CloudRuBlueprint.Project(
        name: "ML-платформа",
        resources: {
            var list = vm("gpu-trainer-1", cores: 8, ram: 64, disk: 500, gpus: 1)
            list += vm("gpu-trainer-2", cores: 8, ram: 64, disk: 500, gpus: 1, lifetime: .deleted(120, 35))
            list += vm("jupyterhub", cores: 4, ram: 16, disk: 100)
            list += [
                publicIP("185.12.31.101"),
                bucket("ml-datasets", storage: 20_000, traffic: 1, requests: 2, growth: 0.002),
                model("support-bot", "GigaChat-2-Max", input: 8, output: 2),
                model("doc-summarizer", "GigaChat-2-Pro", input: 14, output: 1),
                model("code-review", "Qwen3-Coder", input: 10, output: 2.5),
                model("search-rerank", "BGE-Reranker", input: 5, output: 0.1),
                model("translation", "T-pro-it-2.0", input: 4, output: 4),
                model("analytics-agent", "GigaChat-2-Max", input: 3, output: 1, lifetime: .created(daysAgo: 9)),
                model("contract-review", "Qwen3-235B", input: 6, output: 1.2),
            ]
            return list
        }()
    )

    static let accounting = CloudRuBlueprint.Project(
        name: "Бухгалтерия",
        resources: {
            var list = vmware("1С-сервер", cores: 8, ram: 32, disk: 300)
            list += vmware("Терминальный сервер", cores: 4, ram: 16, disk: 150)
            list += vmware("SQL-сервер 1С", cores: 8, ram: 48, disk: 500)
            list += [publicIP("185.12.31.120")]
            return list
        }()
    )

    // MARK: Helpers

    /// An Evolution VM and its boot disk (two resources of two services).
    private static func vm(
        _ name: String,
        cores: Double,
        ram: Double,
        disk: Double,
        hdd: Bool = false,
        gpus: Double = 0,
        lifetime: CloudRuBlueprint.Lifetime = .wholeHistory
    ) -> [Resource] {
        let flavor = gpus > 0 ? "gpu-a100-\(Int(cores))-\(Int(ram))" : "gen-3-\(Int(cores))-\(Int(ram))"
        let gpu = gpus > 0 ? [Usage(.gpu, gpus)] : []
        return [
            Resource(
                name: name, meta: ["flavor": flavor, "availability_zone": "ru.AZ-1"], lifetime: lifetime,
                usages: [Usage(.vcpu, cores), Usage(.ram, ram)] + gpu
            ),
            Resource(
                name: "\(name)-disk", meta: ["disk_type": hdd ? "HDD" : "SSD", "vm": name], lifetime: lifetime,
                usages: [Usage(hdd ? .hdd : .ssd, disk)]
            ),
        ]
    }

    /// A VMware VM and its disk.
    private static func vmware(_ name: String, cores: Double, ram: Double, disk: Double) -> [Resource] {
        [
            Resource(name: name, meta: ["vdc": "buh-vdc"], usages: [Usage(.vmwareCPU, cores), Usage(.vmwareRAM, ram)]),
            Resource(name: "\(name) — диск", meta: ["vdc": "buh-vdc"], usages: [Usage(.vmwareDisk, disk)]),
        ]
    }

    private static func kubernetes(_ name: String, version: String) -> Resource {
        Resource(name: name, meta: ["version": version], usages: [Usage(.kubernetesMaster, 1)])
    }

    private static func publicIP(_ address: String) -> Resource {
        Resource(name: address, meta: ["address": address], usages: [Usage(.publicIP, 1)])
    }

    private static func postgres(_ name: String, cores: Double, ram: Double, disk: Double) -> Resource {
        Resource(
            name: name, meta: ["version": "16", "flavor": "\(Int(cores))-\(Int(ram))"],
            usages: [Usage(.postgresCPU, cores), Usage(.postgresRAM, ram), Usage(.postgresDisk, disk, .growth(0.001))]
        )
    }

    private static func bucket(
        _ name: String,
        storage: Double,
        traffic: Double,
        requests: Double,
        growth: Double = 0.0008,
        spike: Bool = false
    ) -> Resource {
        Resource(
            name: name, meta: ["storage_class": "standard"],
            usages: [
                Usage(.bucketStorage, storage, .growth(growth)),
                Usage(.bucketTraffic, traffic, .weekly(0.7), spike: spike),
                Usage(.bucketRequests, requests, .weekly(0.6)),
            ]
        )
    }

    private static func model(
        _ name: String,
        _ model: String,
        input: Double,
        output: Double,
        lifetime: CloudRuBlueprint.Lifetime = .wholeHistory
    ) -> Resource {
        Resource(
            name: name, meta: ["model": model], lifetime: lifetime,
            usages: [Usage(.inputTokens, input, .bursts), Usage(.outputTokens, output, .bursts)]
        )
    }
}

extension CloudRuBlueprint.Lifetime {
    /// Shorthand for ``deleted(createdDaysAgo:deletedDaysAgo:)``.
    fileprivate static func deleted(_ created: Int, _ deleted: Int) -> Self {
        .deleted(createdDaysAgo: created, deletedDaysAgo: deleted)
    }
}
