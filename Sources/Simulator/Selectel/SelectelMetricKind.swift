/// The simulated price list: every metric the account is billed for.
///
/// Tariffs are plausible 2020s Selectel-like prices in kopecks per unit (a 4 vCPU server's
/// CPU costs about 2.2 RUB an hour), not the real price list.
enum SelectelMetricKind: Sendable {
    case serverCores, serverRAM, serverGPU, windowsLicence
    case fastDisk, universalDisk, basicDisk, publicIP
    case kubernetesControlPlane, nodeCores, nodeRAM, nodeDisks
    case bucketStorage, bucketTraffic, bucketRequests
    case databaseCores, databaseRAM, databaseDisk

    /// The full metric description served in `metric` objects.
    var metric: SelectelMetric {
        switch self {
        case .serverCores:
            return make("compute_cores", "vCPU", "vCPU", Self.coreHours, 55)
        case .serverRAM:
            return make("compute_ram", "Оперативная память", "RAM", Self.gigabyteHours, 19)
        case .serverGPU:
            return make("compute_gpu_t4", "Видеокарта Tesla T4", "GPU Tesla T4", Self.gpuHours, 4100)
        case .windowsLicence:
            return make(
                "license_windows_server", "Лицензия Windows Server", "Windows Server licence", Self.coreHours, 45
            )
        case .fastDisk:
            return make("volume_gigabytes_fast", "Быстрый диск", "Fast disk", Self.gigabyteHours, 1.86)
        case .universalDisk:
            return make(
                "volume_gigabytes_universal", "Универсальный диск", "Universal disk", Self.gigabyteHours, 1.1
            )
        case .basicDisk:
            return make("volume_gigabytes_basic", "Базовый диск", "Basic disk", Self.gigabyteHours, 0.55)
        case .publicIP:
            return make("ip_public", "Публичный IP-адрес", "Public IP address", Self.pieceHours, 21)
        case .kubernetesControlPlane:
            return make(
                "mks_control_plane_ha", "Отказоустойчивый мастер", "HA control plane", Self.pieceHours, 690
            )
        case .nodeCores:
            return make("mks_node_cores", "vCPU нод", "Node vCPU", Self.coreHours, 55)
        case .nodeRAM:
            return make("mks_node_ram", "Оперативная память нод", "Node RAM", Self.gigabyteHours, 19)
        case .nodeDisks:
            return make("mks_node_volumes", "Диски нод", "Node volumes", Self.gigabyteHours, 1.1)
        case .bucketStorage:
            return make(
                "s3_storage_standard", "Хранение, стандартный класс", "Standard storage", Self.gigabyteHours, 0.27
            )
        case .bucketTraffic:
            return make("s3_traffic_outgoing", "Исходящий трафик", "Outgoing traffic", Self.gigabytes, 100)
        case .bucketRequests:
            return make("s3_requests_get", "GET-запросы", "GET requests", Self.tenThousandRequests, 30)
        case .databaseCores:
            return make("dbaas_cores", "vCPU кластера", "Cluster vCPU", Self.coreHours, 70)
        case .databaseRAM:
            return make("dbaas_ram", "Оперативная память кластера", "Cluster RAM", Self.gigabyteHours, 24)
        case .databaseDisk:
            return make("dbaas_disk", "Диск кластера", "Cluster disk", Self.gigabyteHours, 1.9)
        }
    }

    private static let coreHours = SelectelLocalizedText(ru: "ядро·ч", en: "core·h")
    private static let gigabyteHours = SelectelLocalizedText(ru: "ГБ·ч", en: "GB·h")
    private static let gpuHours = SelectelLocalizedText(ru: "GPU·ч", en: "GPU·h")
    private static let pieceHours = SelectelLocalizedText(ru: "шт·ч", en: "pcs·h")
    private static let gigabytes = SelectelLocalizedText(ru: "ГБ", en: "GB")
    private static let tenThousandRequests = SelectelLocalizedText(ru: "10 000 запросов", en: "10,000 requests")

    private func make(
        _ id: String,
        _ russian: String,
        _ english: String,
        _ unit: SelectelLocalizedText,
        _ kopecksPerUnit: Double
    ) -> SelectelMetric {
        SelectelMetric(id: id, name: .init(ru: russian, en: english), unit: unit, kopecksPerUnit: kopecksPerUnit)
    }
}
