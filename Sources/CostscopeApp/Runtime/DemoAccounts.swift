import Config
import Explorer
import Foundation
import Providers
import Simulator

/// The built-in simulator with one account per provider, read through the same config
/// and factory as real accounts.
package struct DemoAccounts {
    /// The running simulator; stop it when done.
    package let simulator: RunningSimulator
    /// The accounts, in config order.
    package let accounts: [AccountEntry]
    /// A fetcher per account that can be read.
    package let fetchers: [any SpendSource]
    /// Accounts that cannot be read, with the reason.
    package let unavailable: [String: String]

    /// Starts the simulator `configuration` describes (on a free loopback port when its port is 0).
    package static func start(_ configuration: SimulatorConfiguration, network: FetchNetwork) async throws
        -> DemoAccounts
    {
        let simulator: RunningSimulator
        do {
            simulator = try await Simulator.start(configuration)
        } catch let error as SimulatorError {
            throw CommandFailure("could not start the demo simulator: \(error.description)")
        }
        let text = SandboxConfig.text(for: simulator, nameSuffix: "demo")
        let config: CostscopeConfig
        do { config = try ConfigLoader.parse(text, file: "demo config") } catch {
            await simulator.stop()
            throw CommandFailure("the demo config is invalid: \(error.description)")
        }
        var fetchers: [any SpendSource] = []
        var unavailable: [String: String] = [:]
        for account in config.accounts {
            do {
                fetchers.append(try AccountFactory.fetcher(for: account, network: network, now: configuration.now))
            } catch {
                unavailable[account.name] = error.message
            }
        }
        return DemoAccounts(
            simulator: simulator, accounts: config.accounts.map { AccountEntry(name: $0.name, provider: $0.provider) },
            fetchers: fetchers, unavailable: unavailable)
    }

    /// The cache key of every demo account: the simulated data depends on the seed and the
    /// simulated day, not on the simulator's (random) port.
    package func cacheKeys(seed: UInt64, now: Date) -> [String: String] {
        Dictionary(
            accounts.map {
                ($0.name, CacheIdentity.demoKey(name: $0.name, provider: $0.provider, seed: seed, now: now))
            },
            uniquingKeysWith: { first, _ in first })
    }
}
