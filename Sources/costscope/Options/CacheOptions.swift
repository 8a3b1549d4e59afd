import ArgumentParser
import Cache
import CostscopeApp
import Foundation

/// How a command uses the local cache of fetched records.
struct CacheOptions: ParsableArguments {
    @Flag(name: .long, help: "Use only cached data; a period never fetched before is an error naming the account.")
    var offline = false

    @Flag(name: .long, help: "Ignore cached data: fetch everything again and overwrite the cache.")
    var refresh = false

    @Option(
        name: .customLong("cache-dir"),
        help: ArgumentHelp(
            "The cache directory (default: $COSTSCOPE_CACHE_DIR, else $XDG_CACHE_HOME/costscope or ~/.cache/costscope).",
            valueName: "dir"))
    var cacheDir: String?

    @Flag(name: .customLong("no-cache"), help: "Neither read nor write the cache.")
    var noCache = false

    func validate() throws {
        if offline && refresh { throw ValidationError("give --offline or --refresh, not both") }
        if noCache && (offline || refresh) {
            throw ValidationError("--no-cache cannot be combined with \(offline ? "--offline" : "--refresh")")
        }
    }

    /// What the cache is used for.
    var mode: CacheMode { offline ? .offline : refresh ? .refresh : .normal }

    /// The cache directory these options and the environment name.
    var directory: String {
        CacheLocation.directory(explicit: cacheDir, environment: ProcessInfo.processInfo.environment)
    }
}
