import ArgumentParser
import Cache
import Config
import CostCore
import CostscopeApp
import Explorer
import Foundation
import Providers

/// `costscope [--config FILE]`: the explorer on the accounts of the config file.
struct ExploreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Explore the spend of the accounts in your config file (the default command).",
        discussion: """
            The config is read from --config, else $COSTSCOPE_CONFIG, else ~/.config/costscope/config.toml. Without one, costscope explains the file and offers the demo.

            Examples:
              costscope
              costscope --config ./config.toml --snapshot 120x40
            """)

    @Option(name: .long, help: ArgumentHelp("The config file.", valueName: "file"))
    var config: String?

    @OptionGroup var view: ExplorerOptions

    @OptionGroup var selection: SelectionOptions

    @OptionGroup var cache: CacheOptions

    @OptionGroup var clock: ClockOptions

    @OptionGroup var network: NetworkOptions

    func run() async throws {
        let clock = try self.clock.commandClock()
        guard let path = ConfigLoader.path(explicit: config) else {
            throw CommandFailure("no config file: pass --config FILE or set COSTSCOPE_CONFIG")
        }
        if config == nil && !FileManager.default.fileExists(atPath: path) {
            try await FirstRun(path: path, view: view, selection: selection, clock: self.clock).run()
            return
        }
        let loaded: ConfigLoader.Loaded
        do { loaded = try ConfigLoader.load(path: path) } catch { throw CommandFailure(error.description) }
        for warning in loaded.warnings { StandardError.line("costscope: warning: \(warning)") }

        var fetchers: [any SpendSource] = []
        var unavailable: [String: String] = [:]
        let fetchNetwork = try network.network(showsStatus: false, printsNotes: false)
        for account in loaded.config.accounts {
            do {
                fetchers.append(try AccountFactory.fetcher(for: account, network: fetchNetwork, now: clock.fixed))
            } catch {
                unavailable[account.name] = error.message
            }
        }
        let cacheSetup = try CacheSetup.open(cache, fileName: CacheLocation.accountsFileName)
        let cacheKeys = Dictionary(
            loaded.config.accounts.map { ($0.name, CacheIdentity.key(for: $0)) },
            uniquingKeysWith: { first, _ in first })
        let earlierKeys = Dictionary(
            loaded.config.accounts.map { ($0.name, CacheIdentity.earlierKeys(for: $0)) },
            uniquingKeysWith: { first, _ in first })
        fetchers = cacheSetup.wrap(fetchers, keys: cacheKeys, earlierKeys: earlierKeys, now: clock.reading)
        let zone =
            loaded.config.accounts.lazy.compactMap(\.settings.viewZone).first ?? TimeZone(identifier: "UTC")!
        let launch = ExplorerLaunch(
            accounts: loaded.config.accounts.map { AccountEntry(name: $0.name, provider: $0.provider) },
            fetchers: fetchers, unavailable: unavailable, zone: zone, now: clock.now, clock: clock.reading,
            headerNote: nil,
            reportSource: config.map { ["--config", $0] } ?? [], cacheNotices: cacheSetup.notices,
            fetchNotes: fetchNetwork.notes)
        try await launch.run(view: view, selection: selection, configuredTheme: loaded.config.theme)
    }
}
