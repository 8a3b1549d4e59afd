import Config
import Explorer
import Foundation
import Providers
import Simulator

/// The built-in simulator with one account per provider, read through the same config
/// and factory as real accounts.
struct DemoAccounts {
    /// The running simulator; stop it when done.
    let simulator: RunningSimulator
    /// The accounts, in config order.
    let accounts: [AccountEntry]
    /// A fetcher per account that can be read.
    let fetchers: [any SpendSource]
    /// Accounts that cannot be read, with the reason.
    let unavailable: [String: String]

    /// Starts the simulator of `options` on a free loopback port, its "now" being `now`.
    static func start(_ options: SimulationOptions, now: Date, network: FetchNetwork) async throws
        -> DemoAccounts
    {
        let configuration = options.configuration(port: 0, now: now)
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
}
