import CostscopeApp

/// A command whose bad options (unknown flags, bad values, failed validation) exit with its
/// own status instead of ArgumentParser's 64, for scripts that give other statuses a meaning.
protocol UsageErrorExitCode {
    /// The exit status for a usage error.
    static var usageErrorExitCode: Int32 { get }
}
