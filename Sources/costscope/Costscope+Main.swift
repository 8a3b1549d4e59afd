import ArgumentParser
import CostCore
import CostscopeApp
import Foundation

extension Costscope {
    /// Runs the command line like ArgumentParser's own entry point, except that a usage error
    /// in a subcommand that is ``UsageErrorExitCode`` prints one line and exits with that
    /// command's status.
    static func main() async {
        LargeColumnMemory.apply()
        StandardOutput.catchBrokenPipe()
        // A file size limit (ulimit -f) makes writes fail with EFBIG instead of killing the
        // process, so the cache can report it and the command's own output is still produced.
        signal(SIGXFSZ, SIG_IGN)
        // SIGQUIT is a user asking to quit, not a crash: the default action, not the Swift
        // runtime's backtrace. The explorer restores the terminal before it takes effect.
        signal(SIGQUIT, SIG_DFL)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure, let custom = usageErrorCommand() {
                let name = custom.name
                let line = "costscope \(name): \(message(for: error)) (see 'costscope \(name) --help')\n"
                StandardError.write(line)
                Foundation.exit(custom.code)
            }
            if exitCode(for: error) == .success {
                // Help and the version go through the same checked writer as every command's output.
                let text = fullMessage(for: error)
                if !text.isEmpty { StandardOutput.line(text) }
                Foundation.exit(0)
            }
            exit(withError: error)
        }
    }

    /// The subcommand named first on the command line, when it sets its own usage-error status.
    private static func usageErrorCommand() -> (name: String, code: Int32)? {
        guard let first = CommandLine.arguments.dropFirst().first else { return nil }
        for subcommand in configuration.subcommands {
            guard let custom = subcommand as? any UsageErrorExitCode.Type,
                subcommand.configuration.commandName == first
            else { continue }
            return (first, custom.usageErrorExitCode)
        }
        return nil
    }
}

/// A command whose bad options (unknown flags, bad values, failed validation) exit with its
/// own status instead of ArgumentParser's 64, for scripts that give other statuses a meaning.
protocol UsageErrorExitCode {
    /// The exit status for a usage error.
    static var usageErrorExitCode: Int32 { get }
}
