/// A Selectel project, as listed by `GET /v1/cloud_billing/statistic/projects`.
public struct SelectelProject: Sendable, Hashable {
    /// The project id (a UUID string).
    public let id: String
    /// The project name as the customer typed it (may be Cyrillic).
    public let name: String
}
