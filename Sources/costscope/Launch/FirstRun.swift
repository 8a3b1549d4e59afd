import CostscopeApp
import Foundation

/// What `costscope` says when there is no config file yet: where the file
/// goes, what it looks like, and an offer to start the demo.
struct FirstRun {
    let path: String
    let view: ExplorerOptions
    let selection: SelectionOptions
    let clock: ClockOptions

    static func explanation(path: String) -> String {
        """
        Welcome to costscope.

        There is no config file at \(path) yet. Create it with one [[accounts]] table per
        provider account, for example:

            [[accounts]]
            name = "selectel-prod"          # shown in the accounts pane
            provider = "selectel"           # selectel | cloudru | onapp | seeweb | f5xc
            token_env = "SELECTEL_TOKEN"    # or token_command = "pass show selectel"

        and keep it private: chmod 600 \(path)
        README.md ("Accounts") lists every key. To look around first, run:

            costscope demo

        """
    }

    func run() async throws {
        StandardError.write(FirstRun.explanation(path: path))
        guard view.snapshot == nil, isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CommandFailure("no config file at \(path) (see above)")
        }
        StandardError.write("Start the demo now? [Y/n] ")
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? "n"
        guard answer.isEmpty || answer == "y" || answer == "yes" else { return }
        var demo = try DemoCommand.parse([])
        demo.view = view
        demo.selection = selection
        demo.simulation.clock = clock
        try await demo.run()
    }
}
