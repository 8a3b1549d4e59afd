import Foundation
import Simulator

/// The `config.toml` that points one account per provider at a simulator on loopback, with
/// the simulator's own credentials written in (no environment variables needed).
///
/// `costscope sandbox --print-config` prints it, and `costscope demo` reads the same text, so
/// the demo explores the simulator exactly as the explorer reads real accounts.
package enum SandboxConfig {
    /// The config for a simulator on `port` whose data comes from `seed` and `now`; account
    /// names end in `-nameSuffix`.
    package static func text(port: Int, seed: UInt64, now: Date, nameSuffix: String = "sandbox") -> String {
        text(
            port: port, seed: seed, cloudRu: CloudRuDataset(seed: seed, now: now),
            onApp: OnAppDataset(seed: seed, now: now), nameSuffix: nameSuffix)
    }

    /// The config for `simulator`, reusing the datasets it already serves.
    package static func text(for simulator: RunningSimulator, nameSuffix: String) -> String {
        text(
            port: simulator.port, seed: simulator.configuration.seed, cloudRu: simulator.cloudRu,
            onApp: simulator.onApp, nameSuffix: nameSuffix)
    }

    private static func text(
        port: Int, seed: UInt64, cloudRu: CloudRuDataset, onApp: OnAppDataset, nameSuffix: String
    ) -> String {
        let base = "http://127.0.0.1:\(port)"
        let projectIDs = cloudRu.projects.map { "\"\($0.id)\"" }.joined(separator: ", ")
        let projectNames = cloudRu.projects.map { "\"\($0.id)\" = \"\($0.name)\"" }.joined(separator: ", ")
        return """
            # costscope config for the built-in simulator on 127.0.0.1:\(port), seed \(seed)
            # (start it with: costscope sandbox --port \(port) --seed \(seed)). Credentials are the simulator's own.

            [[accounts]]
            name = "selectel-\(nameSuffix)"
            provider = "selectel"
            base_url = "\(base)"
            token = "\(SimulatorCredentials.selectelToken)"

            [[accounts]]
            name = "cloudru-\(nameSuffix)"
            provider = "cloudru"
            base_url = "\(base)"
            iam_url = "\(base)"
            key_id = "\(SimulatorCredentials.cloudRuKeyID)"
            secret = "\(SimulatorCredentials.cloudRuSecret)"
            project_ids = [\(projectIDs)]
            project_names = { \(projectNames) }

            [[accounts]]
            name = "onapp-\(nameSuffix)"
            provider = "onapp"
            base_url = "\(base)"
            user_id = \(onApp.userID)
            email = "\(SimulatorCredentials.onAppEmail)"
            api_key = "\(SimulatorCredentials.onAppAPIKey)"

            [[accounts]]
            name = "seeweb-\(nameSuffix)"
            provider = "seeweb"
            base_url = "\(base)"
            token = "\(SimulatorCredentials.seewebToken)"

            [[accounts]]
            name = "f5xc-\(nameSuffix)"
            provider = "f5xc"
            base_url = "\(base)"
            token = "\(SimulatorCredentials.f5Token)"

            """
    }
}
