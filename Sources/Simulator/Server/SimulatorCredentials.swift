/// The fixed credentials the simulator accepts. They are not secrets: they only unlock
/// simulated data on a loopback port.
public enum SimulatorCredentials {
    /// The static key the simulated Selectel API expects in the `X-Token` header.
    public static let selectelToken: String = "sim-selectel-token"
}
