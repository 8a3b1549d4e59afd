import Foundation
import ServiceLifecycle

/// A simulator that is listening; keep it alive while clients use it and call ``stop()`` at the end.
public final class RunningSimulator: Sendable {
    /// The TCP port the server actually listens on (the chosen one when the configuration said 0).
    public let port: Int
    /// The configuration the simulator was started with.
    public let configuration: SimulatorConfiguration
    /// The Selectel ground truth this server answers from.
    public let selectel: SelectelDataset
    /// The Cloud.ru ground truth this server answers from.
    public let cloudRu: CloudRuDataset
    /// The Seeweb ECS ground truth this server answers from.
    public let seeweb: SeewebDataset
    /// The F5 Distributed Cloud ground truth this server answers from.
    public let f5: F5Dataset
    /// The OnApp ground truth this server answers from.
    public let onApp: OnAppDataset

    private let providers: [any SimulatedProvider]
    private let serviceGroup: ServiceGroup
    private let serverTask: Task<Void, Never>

    init(
        port: Int,
        configuration: SimulatorConfiguration,
        selectel: SelectelDataset,
        cloudRu: CloudRuDataset,
        providers: [any SimulatedProvider],
        serviceGroup: ServiceGroup,
        serverTask: Task<Void, Never>,
        seeweb: SeewebDataset,
        f5: F5Dataset,
        onApp: OnAppDataset
    ) {
        self.port = port
        self.configuration = configuration
        self.selectel = selectel
        self.cloudRu = cloudRu
        self.providers = providers
        self.serviceGroup = serviceGroup
        self.serverTask = serverTask
        self.seeweb = seeweb
        self.f5 = f5
        self.onApp = onApp
    }

    /// The root URL of every simulated API, e.g. `http://127.0.0.1:54321`.
    public var baseURL: String {
        var host = configuration.host
        if host == "0.0.0.0" || host == "::" || host.isEmpty {
            host = "127.0.0.1"
        } else if host.contains(":") {
            host = "[\(host)]"
        }
        return "http://\(host):\(port)"
    }

    /// A multi-line description for humans (`costscope sandbox`): where the simulator listens,
    /// the simulated "now", and per provider the credential and an example `curl` command.
    public var banner: String {
        let nowSeconds = Int64(configuration.now.timeIntervalSince1970.rounded(.down))
        let nowText = WallClockTime(seconds: nowSeconds).text + "Z"
        var lines = [
            "costscope sandbox: simulated billing APIs",
            "  Listening on  \(baseURL)",
            "  Data          seed \(configuration.seed), simulated now \(nowText)",
        ]
        if !configuration.variations.isEmpty {
            let names = configuration.variations.map(\.rawValue).sorted().joined(separator: ", ")
            lines.append("  Variations    \(names)")
        }
        for provider in providers {
            lines.append("")
            lines.append(provider.bannerSection(baseURL: baseURL))
        }
        return lines.joined(separator: "\n")
    }

    /// Stops accepting connections, lets in-flight requests finish, and returns once the
    /// server is down. Calling it again does nothing.
    public func stop() async {
        await serviceGroup.triggerGracefulShutdown()
        await serverTask.value
    }
}
