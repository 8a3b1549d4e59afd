import Cache
import CostscopeApp
import Foundation
import Providers

/// The cache a command uses, opened from its ``CacheOptions``, and the wrapping of its fetchers.
struct CacheSetup {
    /// The open cache, or nil with `--no-cache` (or when it could not be opened).
    let cache: CostCache?
    /// How fetches use it.
    let mode: CacheMode
    /// Where notes about the cache file go while the command runs.
    let notices: CacheNotices

    /// Opens `fileName` in the options' directory. A file moved aside, or a cache that cannot
    /// be opened, is reported on standard error; without a cache the command still runs,
    /// except with `--offline`, which has nothing else to read.
    static func open(_ options: CacheOptions, fileName: String) throws -> CacheSetup {
        let notices = CacheNotices()
        guard !options.noCache else { return CacheSetup(cache: nil, mode: .normal, notices: notices) }
        do {
            let opening = try CostCache.open(
                directory: options.directory, fileName: fileName, report: { notices.say($0) },
                beforeCommit: pauseBeforeCommit())
            if let notice = opening.notice { notices.say(notice) }
            return CacheSetup(cache: opening.cache, mode: options.mode, notices: notices)
        } catch {
            if options.offline { throw CommandFailure("--offline needs the cache, but \(error.message)") }
            notices.say("\(error.message); continuing without the cache")
            return CacheSetup(cache: nil, mode: .normal, notices: notices)
        }
    }

    /// `fetchers` behind the cache, each under its key in `keys` (taking over what was stored
    /// under its `earlierKeys`); unchanged without a cache.
    func wrap(
        _ fetchers: [any SpendSource], keys: [String: String], earlierKeys: [String: [String]] = [:],
        now: @escaping @Sendable () -> Date
    ) -> [any SpendSource] {
        guard let cache else { return fetchers }
        return fetchers.map { fetcher in
            guard let key = keys[fetcher.name] else { return fetcher }
            return CachingFetcher(
                upstream: fetcher, cache: cache, accountKey: key, earlierKeys: earlierKeys[fetcher.name] ?? [],
                mode: mode, now: now)
        }
    }

    /// With `COSTSCOPE_CACHE_PAUSE_BEFORE_COMMIT` set, every cache write stops just before it
    /// commits, after saying so on standard error: the end-to-end tests kill the process there
    /// to prove an interrupted write leaves nothing half-stored.
    private static func pauseBeforeCommit() -> (@Sendable () -> Void)? {
        guard let flag = ProcessInfo.processInfo.environment["COSTSCOPE_CACHE_PAUSE_BEFORE_COMMIT"], !flag.isEmpty
        else { return nil }
        return {
            StandardError.line("costscope: cache write paused before commit")
            while true { Thread.sleep(forTimeInterval: 3600) }
        }
    }
}
