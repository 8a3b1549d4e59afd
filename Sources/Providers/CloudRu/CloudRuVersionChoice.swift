import Synchronization

/// The consumption API version a client uses: the configured one until v2 answers 404, then v1
/// (the version the documentation describes) for the rest of the client's life, so concurrent
/// and later queries do not ask v2 again.
final class CloudRuVersionChoice: Sendable {
    private let version: Mutex<CloudRuAPIVersion>

    init(_ configured: CloudRuAPIVersion) {
        version = Mutex(configured)
    }

    /// The version to ask now.
    var current: CloudRuAPIVersion { version.withLock { $0 } }

    /// Uses v1 from now on.
    func fallBackToV1() {
        version.withLock { $0 = .v1 }
    }
}
