import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive `flock` on `<cache file>.lock`, held while a cache file is checked, created,
/// migrated or moved aside. Two costscope processes starting on the same fresh directory would
/// otherwise see each other's half-created file and take it for a foreign one.
struct CacheFileLock {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    /// Lets the next process in.
    func release() {
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Waits up to `timeout` for the lock next to `path`. Nil when the lock file cannot be
    /// created or opened (a read-only folder, where no other process can create the cache
    /// either); an error when another process holds the lock for longer than `timeout`.
    static func acquire(for path: String, timeout: Duration = .seconds(15)) throws(CacheError) -> CacheFileLock? {
        let lockPath = path + ".lock"
        var descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if descriptor < 0 { descriptor = open(lockPath, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { return nil }
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            // A file system without locks: go on unlocked rather than without a cache.
            guard errno == EWOULDBLOCK else {
                close(descriptor)
                return nil
            }
            guard clock.now < deadline else {
                close(descriptor)
                throw CacheError("another costscope process kept the cache file \(path) locked for too long")
            }
            usleep(20_000)
        }
        return CacheFileLock(descriptor: descriptor)
    }
}
