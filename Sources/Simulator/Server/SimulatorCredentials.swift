/// The fixed credentials the simulator accepts. They are not secrets: they only unlock
/// simulated data on a loopback port.
public enum SimulatorCredentials {
    /// The static key the simulated Selectel API expects in the `X-Token` header.
    public static let selectelToken: String = "sim-selectel-token"
    /// The access key id the simulated Cloud.ru IAM accepts as `keyId`.
    public static let cloudRuKeyID: String = "sim-cloudru-key-id"
    /// The access key secret the simulated Cloud.ru IAM accepts as `secret`.
    public static let cloudRuSecret: String = "sim-cloudru-secret"
}
