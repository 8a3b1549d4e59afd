/// What the server task reports back to ``Simulator/start(_:)`` while it waits for the listener.
enum StartupEvent: Sendable {
    /// The listening socket is bound to this port.
    case listening(port: Int)
    /// The server stopped or failed before (or after) it started listening.
    case finished(failure: (any Error)?)
}
