/// Which documented header carries a Selectel credential.
public enum SelectelAuth: String, Sendable, CaseIterable {
    /// `X-Token`: the static key from the control panel.
    case xToken = "x-token"
    /// `X-Auth-Token`: a Keystone/IAM token of a service user (valid about 24 hours).
    case xAuthToken = "x-auth-token"

    /// The header name.
    public var header: String {
        switch self {
        case .xToken: "X-Token"
        case .xAuthToken: "X-Auth-Token"
        }
    }
}
