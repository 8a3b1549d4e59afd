import Foundation

/// Where the cache lives: `--cache-dir`, else `$COSTSCOPE_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/costscope`, else `~/.cache/costscope`.
public enum CacheLocation {
    /// The file for configured accounts.
    public static let accountsFileName = "cache.sqlite"
    /// The file for the built-in demo, kept apart so simulated data never mixes with real data.
    public static let demoFileName = "demo.sqlite"

    /// The cache directory for `explicit` (the `--cache-dir` flag) and `environment`.
    public static func directory(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let configured = environment["COSTSCOPE_CACHE_DIR"], !configured.isEmpty { return configured }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/costscope" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.cache/costscope"
    }
}
