/// The simulated price list: every SKU the account is billed for.
///
/// Tariffs are plausible Cloud.ru-like prices in roubles without VAT (a 4 vCPU virtual machine
/// costs about 55 RUB a day for its CPU), not the real price list. Several carry six decimals
/// so that amounts exercise exact decimal arithmetic.
enum CloudRuSKUKind: Sendable {
    case vcpu, ram, gpu, ssd, hdd, publicIP
    case bucketStorage, bucketTraffic, bucketRequests
    case kubernetesMaster
    case postgresCPU, postgresRAM, postgresDisk
    case inputTokens, outputTokens
    case vmwareCPU, vmwareRAM, vmwareDisk

    static let virtualMachines = "Виртуальные машины"
    static let disks = "Диски"
    static let publicIPBinding = "Привязка публичного IP адреса"
    static let objectStorage = "Объектное хранилище"
    static let kubernetes = "Managed Kubernetes"
    static let postgres = "Managed PostgreSQL"
    static let foundationModels = "Foundation Models"

    /// The catalogue entry.
    var sku: CloudRuSKU {
        switch self {
        case .vcpu: return evolution("evolution.compute.vcpu", Self.virtualMachines, "vCPU*ч", 0.58)
        case .ram: return evolution("evolution.compute.ram", Self.virtualMachines, "ГБ*ч", 0.194444)
        case .gpu: return evolution("evolution.compute.gpu.a100", Self.virtualMachines, "GPU*ч", 127.5)
        case .ssd: return evolution("evolution.disk.ssd", Self.disks, "ГБ*ч", 0.013699)
        case .hdd: return evolution("evolution.disk.hdd", Self.disks, "ГБ*ч", 0.004566)
        case .publicIP: return evolution("evolution.network.public-ip", Self.publicIPBinding, "шт*ч", 0.21)
        case .bucketStorage: return evolution("evolution.s3.storage.standard", Self.objectStorage, "ГБ*ч", 0.002603)
        case .bucketTraffic: return evolution("evolution.s3.traffic.egress", Self.objectStorage, "ГБ", 1.45)
        case .bucketRequests: return evolution("evolution.s3.requests", Self.objectStorage, "1000 запросов", 0.041)
        case .kubernetesMaster: return evolution("evolution.mk8s.master", Self.kubernetes, "шт*ч", 6.25)
        case .postgresCPU: return evolution("evolution.postgres.vcpu", Self.postgres, "vCPU*ч", 0.96)
        case .postgresRAM: return evolution("evolution.postgres.ram", Self.postgres, "ГБ*ч", 0.31)
        case .postgresDisk: return evolution("evolution.postgres.disk", Self.postgres, "ГБ*ч", 0.018493)
        case .inputTokens: return evolution("evolution.fm.tokens.input", Self.foundationModels, "1000 токенов", 0.05)
        case .outputTokens: return evolution("evolution.fm.tokens.output", Self.foundationModels, "1000 токенов", 0.15)
        case .vmwareCPU: return vmware("vmware.vcpu", Self.virtualMachines, "vCPU*ч", 0.74)
        case .vmwareRAM: return vmware("vmware.ram", Self.virtualMachines, "ГБ*ч", 0.23)
        case .vmwareDisk: return vmware("vmware.disk.standard", Self.disks, "ГБ*ч", 0.009863)
        }
    }

    private func evolution(_ id: String, _ service: String, _ unit: String, _ rate: Double) -> CloudRuSKU {
        CloudRuSKU(id: id, service: service, platform: "Evolution", unit: unit, rateMicros: Self.micros(rate))
    }

    private func vmware(_ id: String, _ service: String, _ unit: String, _ rate: Double) -> CloudRuSKU {
        CloudRuSKU(id: id, service: service, platform: "VMware", unit: unit, rateMicros: Self.micros(rate))
    }

    /// Roubles written as a literal with at most six decimals, in micro-roubles.
    private static func micros(_ roubles: Double) -> Int64 {
        Int64((roubles * 1_000_000).rounded())
    }
}
