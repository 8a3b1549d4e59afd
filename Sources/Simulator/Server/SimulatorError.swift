/// Why the simulator could not start.
public enum SimulatorError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Another program (or another simulator) already listens on this port.
    case portInUse(Int)
    /// The configuration cannot work, e.g. a port outside 0...65535.
    case invalidConfiguration(String)
    /// The server failed to start for another reason (the underlying error, described).
    case startFailed(String)

    /// A message for humans, suitable for printing as-is.
    public var description: String {
        switch self {
        case .portInUse(let port):
            return "Cannot start the simulator: port \(port) is already in use by another program. "
                + "Stop that program, choose a different port, or use port 0 to pick a free one."
        case .invalidConfiguration(let reason):
            return "Cannot start the simulator: \(reason)."
        case .startFailed(let reason):
            return "The simulator failed to start: \(reason)."
        }
    }
}
