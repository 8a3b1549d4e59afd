import ArgumentParser
import CostCore
import Explorer
import Foundation
import Providers
import Simulator
import TerminalUI

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

    @OptionGroup var simulation: SimulationOptions

    func run() async throws {
        let now = simulation.now?.date ?? Date()
        let simulator: RunningSimulator
        do {
            simulator = try await Simulator.start(SimulatorConfiguration(port: 0, seed: simulation.seed, now: now))
        } catch let error as SimulatorError {
            throw CommandFailure("could not start the demo simulator: \(error.description)")
        }
        let account = SelectelAccount(
            name: "selectel-demo", endpoint: try Endpoint(simulator.baseURL),
            token: Secret(SimulatorCredentials.selectelToken))
        let fetcher = SelectelFetcher(client: SelectelClient(account: account, transport: AsyncHTTPClientTransport()))
        let runner = EffectRunner(fetchers: [fetcher], clock: { Date() })
        var state = ExplorerState(
            size: view.snapshot?.size ?? TerminalSize(width: 80, height: 24), now: now,
            zone: TimeZone(identifier: "Europe/Moscow")!,
            accounts: [AccountEntry(name: account.name, provider: .selectel)], ascii: view.ascii)
        state.headerNote = "demo"
        let effects = state.beginFetch()
        defer { runner.cancelAll() }
        if view.snapshot != nil {
            let keys = try KeyName.parseScript(view.keys)
            let frame = await HeadlessSession(runner: runner).run(state: state, initialEffects: effects, keys: keys)
            print(frame.text)
        } else {
            let options = TerminalOptions(
                colorMode: view.color, ascii: view.ascii ? true : nil, theme: try view.loadTheme())
            let session = InteractiveSession(runner: runner, options: options)
            let initialState = state
            do {
                try await MainActor.run { try session.run(state: initialState, initialEffects: effects) }
            } catch let error as TerminalError {
                await simulator.stop()
                throw CommandFailure(error.description)
            }
        }
        await simulator.stop()
    }
}
