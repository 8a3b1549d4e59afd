import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The config file and cache directory the cached start case runs `costscope` on: one Cloud.ru
/// account whose endpoints are a closed loopback port, so no request can reach anything, and a
/// cache seeded with the generated quarter under that account's cache key.
struct CacheStartFixture {
    /// The account's name in the config file.
    static let account = "cloudru-bench"
    /// The agreement named in the config (the account needs one; it is never asked for).
    static let agreement = "bench-agreement"

    /// The temporary directory holding the config file and the cache.
    let directory: URL
    /// The closed loopback port both endpoints point at.
    let port: Int

    /// The config file's path.
    var configPath: String { directory.appendingPathComponent("config.toml").path }
    /// The cache directory.
    var cacheDirectory: String { directory.appendingPathComponent("cache").path }

    /// Creates the directory and writes the config file (mode 0600, as costscope asks).
    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("costscope-bench-start-\(getpid())")
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        port = try Self.closedLoopbackPort()
        let base = "http://127.0.0.1:\(port)"
        let config = """
            [[accounts]]
            name = "\(Self.account)"
            provider = "cloudru"
            base_url = "\(base)"
            iam_url = "\(base)"
            key_id = "bench-key"
            secret = "bench-secret"
            agreement_id = "\(Self.agreement)"

            """
        guard
            FileManager.default.createFile(
                atPath: configPath, contents: Data(config.utf8), attributes: [.posixPermissions: 0o600])
        else { throw BenchFailure("cannot write the bench config file \(configPath)") }
    }

    /// Removes the directory.
    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The key `costscope` files this account's records under: its name and the settings that
    /// change its records (the format of `CacheIdentity` for a Cloud.ru account with default
    /// VAT and API version). A mismatch shows as an `--offline` error naming the missing days.
    static func cacheKey(port: Int) -> String {
        let base = "http://127.0.0.1:\(port)"
        return [
            "name=\(account)", "provider=cloudru", "endpoint=\(base)", "iam=\(base)", "agreement_id=\(agreement)",
            "include_vat=true", "api_version=v2",
        ].joined(separator: "; ")
    }

    /// A loopback port nothing listens on: one the kernel hands out for a socket that is then
    /// closed without listening.
    private static func closedLoopbackPort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw BenchFailure("cannot open a socket to find a closed port") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound else { throw BenchFailure("cannot bind a loopback socket to find a closed port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
