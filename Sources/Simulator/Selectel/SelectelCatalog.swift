/// The simulated Selectel account: five projects, 39 objects, 68 billed series.
///
/// Quantities are per hour in the metric's unit (cores, GB, pieces, GB of traffic, 10k
/// requests). Everything here is fixed; the seed only changes ids, IP addresses, exact
/// creation hours, bucket sizes, noise and the spike's timing.
enum SelectelCatalog {
    typealias Object = SelectelBlueprint.Object
    typealias Usage = SelectelBlueprint.Usage

    /// All projects in display order.
    static let projects: [SelectelBlueprint.Project] = [production, staging, machineLearning, accounting, marketing]

    static let production = SelectelBlueprint.Project(
        name: "production",
        objects: [
            server("web1", "web-01", "ru-1", cores: 4, ram: 8),
            volume("web1-boot", .fixed("web-01-boot"), "ru-1", parent: "web1", .fastDisk, 50),
            publicIP("web1-ip", "ru-1", parent: "web1"),
            server("web2", "web-02", "ru-1", cores: 4, ram: 8),
            volume("web2-boot", .fixed("web-02-boot"), "ru-1", parent: "web2", .fastDisk, 50),
            publicIP("web2-ip", "ru-1", parent: "web2"),
            server("db", "db-primary", "ru-1", cores: 8, ram: 32),
            volume("db-boot", .unnamed, "ru-1", parent: "db", .fastDisk, 100),
            volume("db-data", .fixed("db-primary-data"), "ru-1", parent: "db", .universalDisk, 1000),
            Object(
                key: "prod-k8s", name: .fixed("prod-k8s"), kind: .kubernetesCluster, region: "ru-1",
                usages: [Usage(.kubernetesControlPlane, 1)]
            ),
            Object(
                key: "prod-k8s-workers", name: .fixed("prod-k8s-workers"), kind: .kubernetesNodeGroup,
                region: "ru-1", parentKey: "prod-k8s", isSpikeTarget: true,
                usages: [
                    Usage(.nodeCores, 12, .diurnal(0.25)),
                    Usage(.nodeRAM, 48, .diurnal(0.25)),
                    Usage(.nodeDisks, 150, .diurnal(0.25)),
                ]
            ),
            bucket("prod-static", "ru-1", storage: 2000, traffic: 6, requests: 8),
            postgres("prod-postgres", "ru-1", cores: 4, ram: 16, disk: 200),
        ]
    )

    static let staging = SelectelBlueprint.Project(
        name: "staging",
        objects: [
            server("stage-app", "stage-app", "ru-3", cores: 2, ram: 4),
            volume("stage-app-boot", .fixed("stage-app-boot"), "ru-3", parent: "stage-app", .universalDisk, 40),
            publicIP("stage-app-ip", "ru-3", parent: "stage-app"),
            server("stage-worker", "stage-worker", "ru-3", cores: 4, ram: 8, lifetime: .created(daysAgo: 12)),
            volume("stage-worker-boot", .unnamed, "ru-3", parent: "stage-worker", .basicDisk, 80),
            Object(key: "stage-k8s", name: .fixed("stage-k8s"), kind: .kubernetesCluster, region: "ru-3", usages: []),
            Object(
                key: "stage-k8s-nodes", name: .fixed("stage-k8s-nodes"), kind: .kubernetesNodeGroup,
                region: "ru-3", parentKey: "stage-k8s",
                usages: [
                    Usage(.nodeCores, 4, .diurnal(0.15)),
                    Usage(.nodeRAM, 8, .diurnal(0.15)),
                    Usage(.nodeDisks, 60),
                ]
            ),
        ]
    )

    static let machineLearning = SelectelBlueprint.Project(
        name: "ml-platform",
        objects: [
            server("gpu1", "gpu-trainer-1", "ru-9", cores: 8, ram: 64, extra: [Usage(.serverGPU, 1)]),
            volume("gpu1-data", .fixed("training-data"), "ru-9", parent: "gpu1", .universalDisk, 2000),
            server(
                "gpu2", "gpu-trainer-2", "ru-9", cores: 8, ram: 64, extra: [Usage(.serverGPU, 1)],
                lifetime: .deleted(createdDaysAgo: 90, deletedDaysAgo: 20)
            ),
            volume("gpu2-boot", .unnamed, "ru-9", parent: "gpu2", .fastDisk, 200),
            server("jupyter", "jupyterhub", "ru-9", cores: 4, ram: 16),
            volume("jupyter-home", .fixed("jupyterhub-home"), "ru-9", parent: "jupyter", .fastDisk, 100),
            publicIP("jupyter-ip", "ru-9", parent: "jupyter"),
            bucket("ml-datasets", "ru-1", storage: 10_000, traffic: 2, requests: 3, growth: 0.002),
        ]
    )

    static let accounting = SelectelBlueprint.Project(
        name: "Бухгалтерия",
        objects: [
            server("1c", "1С-сервер", "ru-1", cores: 8, ram: 32, extra: [Usage(.windowsLicence, 8)]),
            volume("1c-disk", .fixed("Диск 1С"), "ru-1", parent: "1c", .fastDisk, 200),
            Object(
                key: "1c-ip", name: .unnamed, kind: .publicIP, region: "ru-1", parentKey: "1c",
                usages: [Usage(.publicIP, 1)]
            ),
            server("terminal", "Терминальный сервер", "ru-1", cores: 4, ram: 16, extra: [Usage(.windowsLicence, 4)]),
            volume("terminal-disk", .unnamed, "ru-1", parent: "terminal", .universalDisk, 100),
            postgres("База 1С", "ru-1", cores: 2, ram: 8, disk: 100),
            Object(
                key: "buh-backups", name: .fixed("buh-backups"), kind: .bucket, region: "ru-1",
                usages: [Usage(.bucketStorage, 500, .growth(0.003)), Usage(.bucketTraffic, 0.5, .diurnal(0.2))]
            ),
        ]
    )

    static let marketing = SelectelBlueprint.Project(
        name: "Маркетинг",
        objects: [
            server("site", "Сайт компании", "ru-3", cores: 2, ram: 4),
            volume("site-boot", .unnamed, "ru-3", parent: "site", .fastDisk, 30),
            publicIP("site-ip", "ru-3", parent: "site"),
            bucket("promo-assets", "ru-1", storage: 150, traffic: 3, requests: 4),
        ]
    )

    // MARK: Helpers

    private static func server(
        _ key: String,
        _ name: String,
        _ region: String,
        cores: Double,
        ram: Double,
        extra: [Usage] = [],
        lifetime: SelectelBlueprint.Lifetime = .wholeHistory
    ) -> Object {
        Object(
            key: key, name: .fixed(name), kind: .cloudServer, region: region, lifetime: lifetime,
            usages: [Usage(.serverCores, cores, .jitter(0.03)), Usage(.serverRAM, ram)] + extra
        )
    }

    private static func volume(
        _ key: String,
        _ name: SelectelBlueprint.Name,
        _ region: String,
        parent: String,
        _ disk: SelectelMetricKind,
        _ gigabytes: Double
    ) -> Object {
        Object(
            key: key, name: name, kind: .volume, region: region, parentKey: parent, lifetime: .sameAsParent,
            usages: [Usage(disk, gigabytes)]
        )
    }

    private static func publicIP(_ key: String, _ region: String, parent: String) -> Object {
        Object(
            key: key, name: .ipAddress, kind: .publicIP, region: region, parentKey: parent, lifetime: .sameAsParent,
            usages: [Usage(.publicIP, 1)]
        )
    }

    private static func bucket(
        _ name: String,
        _ region: String,
        storage: Double,
        traffic: Double,
        requests: Double,
        growth: Double = 0.0008
    ) -> Object {
        Object(
            key: name, name: .fixed(name), kind: .bucket, region: region,
            usages: [
                Usage(.bucketStorage, storage, .growth(growth)),
                Usage(.bucketTraffic, traffic, .diurnal(0.6)),
                Usage(.bucketRequests, requests, .diurnal(0.5)),
            ]
        )
    }

    private static func postgres(_ name: String, _ region: String, cores: Double, ram: Double, disk: Double) -> Object {
        Object(
            key: name, name: .fixed(name), kind: .postgresCluster, region: region,
            usages: [
                Usage(.databaseCores, cores),
                Usage(.databaseRAM, ram),
                Usage(.databaseDisk, disk, .growth(0.001)),
            ]
        )
    }
}
