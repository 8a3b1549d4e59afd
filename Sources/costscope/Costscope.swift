import ArgumentParser
import CostscopeApp

/// The `costscope` command line.
@main
struct Costscope: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "costscope",
        abstract: "Explore cloud spend in the terminal.",
        discussion: """
            Start with the built-in demo, which needs no account and no network:

              costscope demo

            Keys inside the explorer: arrows or j/k move, Enter drills down, Esc goes back, Tab cycles panes, ? shows all keys, q quits.
            """,
        version: "0.1.0",
        subcommands: [
            ExploreCommand.self, DemoCommand.self, ReportCommand.self, ExportCommand.self, DoctorCommand.self,
            SpikesCommand.self, SandboxCommand.self,
        ],
        defaultSubcommand: ExploreCommand.self
    )
}
