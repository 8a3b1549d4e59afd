/// What the simulated Seeweb account contains: three groups (a web shop, analytics, staging)
/// and one server outside any group, twelve servers in all (plus the spike's GPU server, see
/// ``SeewebSpike``), and four templates.
enum SeewebCatalog {
    /// How many groups the account has.
    static let groupCount = 3
    /// The group of the GPU server that makes the spike (analytics).
    static let spikeGroup = 1
    /// How long the GPU server runs, in hours (before a few hours of jitter).
    static let spikeHours: Int64 = 72
    /// The GPU server's label.
    static let spikeNotes = "llm-finetune-a100"

    /// The servers, in the order rows are served.
    static let servers: [SeewebBlueprint.Server] = [
        .init(
            group: 0, plan: .ecs4, notes: "shop-frontend-1", createdDaysAgo: 380...420, deletedDaysAgo: nil,
            reservations: .renewed(.twelveMonths)),
        .init(
            group: 0, plan: .ecs4, notes: "shop-frontend-2", createdDaysAgo: 0...0, deletedDaysAgo: nil,
            reservations: .expiringSoon(.sixMonths, count: 1)),
        .init(
            group: 0, plan: .ecs8, notes: "shop-database", createdDaysAgo: 430...460, deletedDaysAgo: nil,
            reservations: .renewed(.twelveMonths)),
        .init(
            group: 0, plan: .ecs2, notes: "shop-worker-legacy", createdDaysAgo: 300...330, deletedDaysAgo: 100...130,
            reservations: .renewed(.threeMonths)),
        .init(
            group: 1, plan: .ecs2, notes: "etl-runner", createdDaysAgo: 0...0, deletedDaysAgo: nil,
            reservations: .expiringSoon(.sixMonths, count: 2)),
        .init(
            group: 1, plan: .ecs1, notes: "metabase", createdDaysAgo: 240...270, deletedDaysAgo: nil,
            reservations: .none(offline: true)),
        .init(
            group: 1, plan: .ecs2, notes: "jupyter-hub", createdDaysAgo: 0...0, deletedDaysAgo: nil,
            reservations: .expiringSoon(.threeMonths, count: 1)),
        .init(
            group: 2, plan: .ecs1, notes: "staging-app", createdDaysAgo: 150...170, deletedDaysAgo: nil,
            reservations: .none(offline: true)),
        .init(
            group: 2, plan: .ecs2, notes: "staging-db", createdDaysAgo: 50...70, deletedDaysAgo: nil,
            reservations: .once(.threeMonths)),
        .init(
            group: 2, plan: .ecs1, notes: "", createdDaysAgo: 40...50, deletedDaysAgo: 15...25,
            reservations: .none(offline: false)),
        .init(
            group: 2, plan: .ecs1, notes: "load-test-runner", createdDaysAgo: 200...215, deletedDaysAgo: 185...195,
            reservations: .none(offline: false)),
        .init(
            group: nil, plan: .ecs1, notes: nil, createdDaysAgo: 470...500, deletedDaysAgo: nil,
            reservations: .once(.twelveMonths)),
    ]

    /// The templates, in the order rows are served.
    static let templates: [SeewebBlueprint.Template] = [
        .init(notes: "debian-12-golden", monthlyCents: 200, createdDaysAgo: 400...420, deletedDaysAgo: nil),
        .init(notes: "shop-frontend-backup", monthlyCents: 350, createdDaysAgo: 200...230, deletedDaysAgo: 60...80),
        .init(notes: "", monthlyCents: 100, createdDaysAgo: 100...120, deletedDaysAgo: nil),
        .init(notes: "cuda-12-base", monthlyCents: 500, createdDaysAgo: 12...20, deletedDaysAgo: nil),
    ]
}
