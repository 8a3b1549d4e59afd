/// The fixed credentials the simulator accepts. They are not secrets: they only unlock
/// simulated data on a loopback port.
public enum SimulatorCredentials {
    /// The static key the simulated Selectel API expects in the `X-Token` header.
    public static let selectelToken: String = "sim-selectel-token"
    /// The access key id the simulated Cloud.ru IAM accepts as `keyId`.
    public static let cloudRuKeyID: String = "sim-cloudru-key-id"
    /// The access key secret the simulated Cloud.ru IAM accepts as `secret`.
    public static let cloudRuSecret: String = "sim-cloudru-secret"
    /// The login (the user's email) the simulated OnApp control panel accepts in HTTP Basic.
    public static let onAppEmail: String = "sim-onapp@example.com"
    /// The API key the simulated OnApp control panel accepts as the HTTP Basic password.
    public static let onAppAPIKey: String = "sim-onapp-api-key"
    /// The API token the simulated Seeweb ECS API expects in the `X-APITOKEN` header.
    public static let seewebToken: String = "sim-seeweb-token"
    /// The API token the simulated F5 Distributed Cloud API expects as `Authorization: APIToken <token>`.
    public static let f5Token: String = "sim-f5-api-token"
    /// A valid F5 API token without permission to read billing: every billing call answers 403.
    public static let f5NoBillingToken: String = "sim-f5-no-billing-token"
}
