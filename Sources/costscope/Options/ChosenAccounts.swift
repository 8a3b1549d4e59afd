import ArgumentParser
import Cache
import Config
import CostscopeApp
import Foundation
import Providers
import Simulator

/// The accounts a script-facing command reads: the demo's (on a freshly started simulator) or
/// those of a config file, narrowed to `--account` names.
struct ChosenAccounts {
    /// A fetcher per chosen account that can be read.
    let fetchers: [any SpendSource]
    /// One line per chosen account that cannot be read, with the reason.
    let failures: [String]
    /// The demo simulator, when the accounts are the demo's; stop it with ``stop()``.
    let simulator: RunningSimulator?
    /// Each account's key in the cache (never containing a secret).
    let cacheKeys: [String: String]
    /// Keys the accounts had in earlier versions, whose cached periods they take over.
    var earlierCacheKeys: [String: [String]] = [:]

    /// The cache file these accounts belong in: the demo's own, or the one for real accounts.
    var cacheFileName: String { simulator == nil ? CacheLocation.accountsFileName : CacheLocation.demoFileName }

    /// The fetchers behind the cache of `options` (unchanged with `--no-cache`).
    private func cachedFetchers(_ options: CacheOptions, now: Date) throws -> [any SpendSource] {
        let setup = try CacheSetup.open(options, fileName: cacheFileName)
        return setup.wrap(fetchers, keys: cacheKeys, earlierKeys: earlierCacheKeys, now: { now })
    }

    /// The accounts of the demo (`demo`) or of the config file at `config` (or found by the
    /// usual search), keeping only `names` when any are given. Unknown names are an error.
    static func open(
        demo: Bool, config: String?, names: [String], simulation: SimulationOptions, now: Date,
        network: FetchNetwork
    ) async throws -> ChosenAccounts {
        if demo {
            let demoAccounts = try await DemoAccounts.start(
                simulation.configuration(port: 0, now: now), network: network)
            if let unknown = names.first(where: { name in !demoAccounts.accounts.contains { $0.name == name } }) {
                await demoAccounts.simulator.stop()
                let known = demoAccounts.accounts.map(\.name).joined(separator: ", ")
                throw CommandFailure("no account named '\(unknown)' in the demo (accounts: \(known))")
            }
            return ChosenAccounts(
                fetchers: demoAccounts.fetchers.filter { names.isEmpty || names.contains($0.name) },
                failures: demoAccounts.unavailable.filter { names.isEmpty || names.contains($0.key) }
                    .sorted { $0.key < $1.key }.map(\.value),
                simulator: demoAccounts.simulator,
                cacheKeys: demoAccounts.cacheKeys(seed: simulation.seed, now: now))
        }
        guard let path = ConfigLoader.path(explicit: config) else {
            throw CommandFailure("no config file: pass --config FILE, set COSTSCOPE_CONFIG, or use --demo")
        }
        let loaded: ConfigLoader.Loaded
        do { loaded = try ConfigLoader.load(path: path) } catch { throw CommandFailure(error.description) }
        for warning in loaded.warnings {
            StandardError.line("costscope: warning: \(warning)")
        }
        let known = Set(loaded.config.accounts.map(\.name))
        if let unknown = names.first(where: { !known.contains($0) }) {
            throw CommandFailure(
                "no account named '\(unknown)' in \(path) (accounts: \(known.sorted().joined(separator: ", ")))")
        }
        var fetchers: [any SpendSource] = []
        var failures: [String] = []
        var cacheKeys: [String: String] = [:]
        var earlierCacheKeys: [String: [String]] = [:]
        for account in loaded.config.accounts where names.isEmpty || names.contains(account.name) {
            cacheKeys[account.name] = CacheIdentity.key(for: account)
            earlierCacheKeys[account.name] = CacheIdentity.earlierKeys(for: account)
            do { fetchers.append(try AccountFactory.fetcher(for: account, network: network, now: now)) } catch {
                failures.append(error.message)
            }
        }
        return ChosenAccounts(
            fetchers: fetchers, failures: failures, simulator: nil, cacheKeys: cacheKeys,
            earlierCacheKeys: earlierCacheKeys)
    }

    /// Stops the demo simulator, if one was started.
    func stop() async {
        await simulator?.stop()
    }

    /// The sequence every script command shares: `collect` runs over the fetchers behind the
    /// cache of `options`, and the demo simulator stops afterwards, whatever happened.
    func collect<Collected>(
        through options: CacheOptions, now: Date, _ collect: ([any SpendSource]) async -> Collected
    ) async throws -> Collected {
        let fetchers: [any SpendSource]
        do { fetchers = try cachedFetchers(options, now: now) } catch {
            await stop()
            throw error
        }
        let collected = await collect(fetchers)
        await stop()
        return collected
    }
}
