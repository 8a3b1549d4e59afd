// swift-tools-version:6.0
import PackageDescription

// The hot targets (store, decoders, simulator, explorer, cache) are optimised in debug builds too:
// `swift run costscope demo` spends most of its time in their loops, several times slower
// unoptimised (DECISIONS.md).
let optimisedInDebugBuilds: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "costscope",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "costscope", targets: ["costscope"]),
        .executable(name: "costscope-bench", targets: ["costscope-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Pure domain: money, records, ranges, aggregation. Foundation only.
        .target(name: "CostCore", swiftSettings: optimisedInDebugBuilds),
        // HTTP transport and provider clients; map wire data to CostCore records.
        .target(
            name: "Providers",
            dependencies: [
                "CostCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: optimisedInDebugBuilds
        ),
        // Built-in stand-in for the provider APIs, served over loopback HTTP.
        .target(
            name: "Simulator",
            dependencies: [
                "CostCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: optimisedInDebugBuilds
        ),
        // What a screen is made of, between the explorer and the terminal: the frame and its cells,
        // styles and themes, keys and mouse events.
        .target(name: "TerminalKit", dependencies: ["CostCore"], swiftSettings: optimisedInDebugBuilds),
        // App state, reducer and views drawing a frame. No curses, no network.
        .target(name: "Explorer", dependencies: ["CostCore", "TerminalKit"], swiftSettings: optimisedInDebugBuilds),
        // Theme files (TOML) for the explorer: the built-in ones and the user's.
        .target(
            name: "ThemeFiles",
            dependencies: ["CostCore", "TerminalKit", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // The accounts config file (TOML): parsing, validation, credential sources.
        .target(
            name: "Config",
            dependencies: ["CostCore", "Providers", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // Reports for scripts: grouping records and writing them as a table, CSV or JSON.
        .target(name: "Reports", dependencies: ["CostCore", .product(name: "CSV", package: "CSV.swift")]),
        // The local SQLite cache of fetched records, so closed periods are never fetched twice.
        .target(
            name: "Cache",
            dependencies: [
                "CostCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: optimisedInDebugBuilds),
        // The system ncursesw library, exposed through a small C shim.
        .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
        // The only code that talks to the terminal.
        .target(name: "TerminalUI", dependencies: ["TerminalKit", "CNCursesW"]),
        // What the commands run: the effect runner, sessions, the caching fetcher, accounts from
        // config or the demo, doctor and spike selection. No argument parsing.
        .target(
            name: "CostscopeApp",
            dependencies: [
                "CostCore", "Providers", "Config", "Reports", "Simulator", "Explorer", "TerminalKit", "ThemeFiles",
                "TerminalUI", "Cache", .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The command-line program: commands, their options and `main`.
        .executableTarget(
            name: "costscope",
            dependencies: [
                "CostscopeApp", "CostCore", "Providers", "Config", "Reports", "Simulator", "Explorer", "TerminalKit",
                "ThemeFiles", "TerminalUI", "Cache",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Benchmarks on generated data: ingest, regroup, frame, terminal bytes, start-up.
        .executableTarget(
            name: "costscope-bench",
            dependencies: ["CostCore", "Providers", "Explorer", "TerminalKit", "TerminalUI", "CNCursesW", "Cache"]
        ),
        .testTarget(name: "CostCoreTests", dependencies: ["CostCore"]),
        // A deliberately misbehaving HTTP server for the attack tests of the clients and the binary.
        .target(name: "HostileHTTPServer", path: "Tests/HostileHTTPServer"),
        .testTarget(
            name: "ProvidersTests",
            dependencies: ["CostCore", "Providers", "Simulator", "HostileHTTPServer"]
        ),
        .testTarget(
            name: "ExplorerTests",
            dependencies: ["CostCore", "Explorer", "TerminalKit", "Providers"],
            exclude: ["Snapshots"]
        ),
        .testTarget(name: "SimulatorTests", dependencies: ["CostCore", "Simulator"]),
        .testTarget(name: "ConfigTests", dependencies: ["CostCore", "Providers", "Config"]),
        .testTarget(name: "ReportsTests", dependencies: ["CostCore", "Reports"]),
        .testTarget(name: "ThemeFilesTests", dependencies: ["TerminalKit", "ThemeFiles"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalKit", "TerminalUI"]),
        .testTarget(
            name: "CacheTests", dependencies: ["CostCore", "Cache", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "CostscopeAppTests",
            dependencies: [
                "CostscopeApp", "CostCore", "Providers", "Config", "Explorer", "TerminalKit", "Cache", "Simulator",
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "CostCore", "Simulator", "Cache", "HostileHTTPServer", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
