import ArgumentParser
import Config
import CostCore
import CostscopeApp
import Foundation
import Providers
import Simulator

/// `costscope doctor`: checks every configured account and says what to fix.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check each account: config, credentials, endpoint, permission to read billing, clock.",
        discussion: """
            For every account: the config is valid, its credentials resolve (their values are never printed), the endpoint answers, the credential may read billing (one day of spend is fetched), and the local clock agrees with the server's. Each problem comes with what to fix. The exit status is 0 when nothing failed (warnings allowed), 1 when any check failed, 64 for bad options.

            Examples:
              costscope doctor
              costscope doctor --config ~/.config/costscope/config.toml --account selectel-prod
              costscope doctor --demo
              costscope doctor --demo --fault server-error
            """)

    @OptionGroup var source: AccountSourceOptions

    @Option(name: .long, help: ArgumentHelp("Only this account (repeatable).", valueName: "name"))
    var account: [String] = []

    func run() async throws {
        let clock = try source.simulation.clock.commandClock()
        let now = clock.now
        let fetchNetwork = try source.network.network(showsStatus: true, printsNotes: false)
        var simulator: RunningSimulator?
        let accounts: [AccountConfig]
        var fixedNow = clock.fixed
        if source.demo {
            let configuration = source.simulation.configuration(port: 0, now: now)
            do { simulator = try await Simulator.start(configuration) } catch let error as SimulatorError {
                throw CommandFailure("could not start the demo simulator: \(error.description)")
            }
            fixedNow = configuration.now
            let text = SandboxConfig.text(for: simulator!, nameSuffix: "demo")
            do { accounts = try ConfigLoader.parse(text, file: "demo config").accounts } catch {
                await simulator?.stop()
                throw CommandFailure("the demo config is invalid: \(error.description)")
            }
            StandardOutput.line("config: the demo's built-in accounts on \(simulator!.baseURL)")
        } else {
            guard let path = ConfigLoader.path(explicit: source.config) else {
                StandardOutput.line("FAIL  config       no config file found")
                StandardOutput.line(
                    "      fix: pass --config FILE, set COSTSCOPE_CONFIG, or create ~/.config/costscope/config.toml (costscope sandbox --print-config shows the shape)"
                )
                throw ExitCode(1)
            }
            do {
                let loaded = try ConfigLoader.load(path: path)
                accounts = loaded.config.accounts
                StandardOutput.line(
                    "config: \(path) is valid (\(accounts.count) account\(accounts.count == 1 ? "" : "s"))")
                for warning in loaded.warnings { StandardOutput.line("warn  config       \(warning)") }
            } catch {
                StandardOutput.line("FAIL  config       \(error.message)")
                StandardOutput.line("      fix: correct the file at the place named above")
                throw ExitCode(1)
            }
        }
        let known = Set(accounts.map(\.name))
        if let unknown = account.first(where: { !known.contains($0) }) {
            await simulator?.stop()
            throw CommandFailure("no account named '\(unknown)' (accounts: \(known.sorted().joined(separator: ", ")))")
        }
        var failed = false
        for entry in accounts where account.isEmpty || account.contains(entry.name) {
            let doctor = AccountDoctor(
                account: entry, network: fetchNetwork, now: now, fixedNow: fixedNow, localClock: { Date() })
            let checks = await doctor.examine()
            StandardOutput.line("")
            StandardOutput.line("\(ControlCharacters.replaced(in: entry.name)) (\(entry.provider.displayName))")
            for check in checks {
                let mark = check.outcome == .ok ? "ok  " : check.outcome == .warn ? "warn" : "FAIL"
                let name = check.name.padding(toLength: 11, withPad: " ", startingAt: 0)
                StandardOutput.line("  \(mark)  \(name)  \(ControlCharacters.replaced(in: check.detail))")
                if let fix = check.fix, check.outcome != .ok {
                    StandardOutput.line("        fix: \(ControlCharacters.replaced(in: fix))")
                }
            }
            if checks.contains(where: { $0.outcome == .fail }) { failed = true }
        }
        await simulator?.stop()
        if failed { throw ExitCode(1) }
    }
}
