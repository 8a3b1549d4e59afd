/// The fixed shape of the simulated OnApp user: which servers exist and how they are used.
/// Ids, dates, noise and the spike's timing are drawn from the seed by ``OnAppDatasetBuilder``.
enum OnAppCatalog {
    /// The user's virtual servers, in the order their ids are drawn.
    static let servers: [OnAppBlueprint] = [
        OnAppBlueprint(
            label: "web-01", cpus: 2, cpuShares: 100, memoryMB: 4_096, cpuUsagePercent: 35,
            templateID: 14, templateMicrosPerHour: 0, lifetime: .wholeHistory,
            disks: [
                .init(label: "web-01 root", sizeGB: 40, readMB: 150, writtenMB: 60, spikes: false),
                .init(label: nil, sizeGB: 4, readMB: 5, writtenMB: 5, spikes: false),
            ],
            networkInterfaces: [.init(label: "eth0", rateMbps: 100, sentMB: 400, receivedMB: 150, spikes: false)]
        ),
        OnAppBlueprint(
            label: "db-01", cpus: 4, cpuShares: 100, memoryMB: 16_384, cpuUsagePercent: 55,
            templateID: 27, templateMicrosPerHour: 12_000, lifetime: .wholeHistory,
            disks: [
                .init(label: "db-01 root", sizeGB: 20, readMB: 40, writtenMB: 30, spikes: false),
                .init(label: "db-01 data", sizeGB: 250, readMB: 900, writtenMB: 700, spikes: false),
            ],
            networkInterfaces: [.init(label: "eth0", rateMbps: 1_000, sentMB: 120, receivedMB: 300, spikes: false)]
        ),
        OnAppBlueprint(
            label: "media-01", cpus: 2, cpuShares: 50, memoryMB: 4_096, cpuUsagePercent: 20,
            templateID: 14, templateMicrosPerHour: 0, lifetime: .wholeHistory,
            disks: [
                .init(label: "media-01 root", sizeGB: 20, readMB: 30, writtenMB: 20, spikes: false),
                .init(label: "media-01 assets", sizeGB: 500, readMB: 250, writtenMB: 20, spikes: true),
            ],
            networkInterfaces: [.init(label: "eth0", rateMbps: 1_000, sentMB: 600, receivedMB: 40, spikes: true)]
        ),
        OnAppBlueprint(
            label: "ci-runner-02", cpus: 8, cpuShares: 100, memoryMB: 8_192, cpuUsagePercent: 65,
            templateID: 31, templateMicrosPerHour: 0, lifetime: .built(daysAgo: 18),
            disks: [.init(label: "ci-runner-02 root", sizeGB: 80, readMB: 300, writtenMB: 400, spikes: false)],
            networkInterfaces: [.init(label: "eth0", rateMbps: 100, sentMB: 80, receivedMB: 900, spikes: false)]
        ),
        OnAppBlueprint(
            label: "staging-01", cpus: 1, cpuShares: 25, memoryMB: 2_048, cpuUsagePercent: 10,
            templateID: 14, templateMicrosPerHour: 0, lifetime: .destroyed(daysAgo: 45),
            disks: [.init(label: "staging-01 root", sizeGB: 20, readMB: 20, writtenMB: 10, spikes: false)],
            networkInterfaces: [.init(label: "eth0", rateMbps: 100, sentMB: 30, receivedMB: 20, spikes: false)]
        ),
    ]

    /// Typical use by UTC hour of day, in percent of the blueprint's figures.
    static let dailyPercent: [Int64] = [
        55, 50, 45, 42, 40, 42, 50, 65, 80, 95, 105, 110, 115, 118, 120, 118, 115, 110, 105, 100, 95, 85, 75, 65,
    ]

    /// The user-level hourly charge for backups (no breakdown), in millionths of a dollar,
    /// once backups are switched on; it grows by ``backupGrowthMicrosPerDay`` a day.
    static let backupBaseMicrosPerHour: Int64 = 1_800
    /// The daily growth of the backup charge, in millionths of a dollar per hour.
    static let backupGrowthMicrosPerDay: Int64 = 10
}
