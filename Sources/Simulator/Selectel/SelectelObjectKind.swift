/// The kinds of objects the simulated account contains, with their API type and service.
enum SelectelObjectKind: Sendable {
    case cloudServer, volume, publicIP, kubernetesCluster, kubernetesNodeGroup, bucket, postgresCluster

    /// The `type` field.
    var type: String {
        switch self {
        case .cloudServer: return "cloud_vm"
        case .volume: return "volume"
        case .publicIP: return "public_ip"
        case .kubernetesCluster: return "mks_cluster"
        case .kubernetesNodeGroup: return "mks_nodegroup"
        case .bucket: return "s3_bucket"
        case .postgresCluster: return "dbaas_postgresql"
        }
    }

    /// The `provider_key` of the service that bills it.
    var providerKey: String {
        switch self {
        case .cloudServer, .volume, .publicIP: return "vpc"
        case .kubernetesCluster, .kubernetesNodeGroup: return "mks"
        case .bucket: return "storage"
        case .postgresCluster: return "dbaas"
        }
    }

    /// The localised `type_name` field.
    var typeName: SelectelLocalizedText {
        switch self {
        case .cloudServer: return .init(ru: "Облачный сервер", en: "Cloud server")
        case .volume: return .init(ru: "Сетевой диск", en: "Network volume")
        case .publicIP: return .init(ru: "Публичный IP-адрес", en: "Public IP address")
        case .kubernetesCluster: return .init(ru: "Кластер Managed Kubernetes", en: "Managed Kubernetes cluster")
        case .kubernetesNodeGroup: return .init(ru: "Группа нод", en: "Node group")
        case .bucket: return .init(ru: "Бакет объектного хранилища", en: "Object storage bucket")
        case .postgresCluster: return .init(ru: "Кластер PostgreSQL", en: "PostgreSQL cluster")
        }
    }
}
