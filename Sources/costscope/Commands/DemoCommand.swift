import ArgumentParser
import Cache
import CostCore
import CostscopeApp
import Explorer
import Foundation
import Providers
import Simulator

/// `costscope demo`: the explorer on the built-in simulator.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Explore simulated spend: no account, no network.",
        discussion: """
            Starts the built-in simulator of the providers' billing APIs on 127.0.0.1 (a random free port) and opens the explorer on it. The data is generated from --seed and --now, so two runs with the same values show the same numbers.

            Examples:
              costscope demo
              costscope demo --now 2026-11-20 --snapshot 120x40 --keys "enter down enter"
            """)

    @OptionGroup var view: ExplorerOptions

    @OptionGroup var selection: SelectionOptions

    @OptionGroup var simulation: SimulationOptions

    @OptionGroup var cache: CacheOptions

    @OptionGroup var network: NetworkOptions

    func run() async throws {
        let clock = try simulation.clock.commandClock()
        let now = clock.now
        let fetchNetwork = try network.network(showsStatus: false, printsNotes: false)
        let demo = try await DemoAccounts.start(simulation.configuration(port: 0, now: now), network: fetchNetwork)
        let simulator = demo.simulator
        let cacheSetup: CacheSetup
        do { cacheSetup = try CacheSetup.open(cache, fileName: CacheLocation.demoFileName) } catch {
            await simulator.stop()
            throw error
        }
        let cacheKeys = demo.cacheKeys(seed: simulation.seed, now: now)
        let fetchers = cacheSetup.wrap(demo.fetchers, keys: cacheKeys, now: { now })
        let launch = ExplorerLaunch(
            accounts: demo.accounts, fetchers: fetchers, unavailable: demo.unavailable,
            zone: TimeZone(identifier: "Europe/Moscow")!, now: now, clock: clock.reading, headerNote: "demo",
            reportSource: ["--demo"], cacheNotices: cacheSetup.notices,
            fetchNotes: fetchNetwork.notes)
        do {
            try await launch.run(view: view, selection: selection, configuredTheme: nil)
        } catch {
            await simulator.stop()
            throw error
        }
        await simulator.stop()
    }
}
