/// A project of the simulated Cloud.ru organisation; all projects belong to one agreement.
public struct CloudRuProject: Sendable, Hashable {
    /// The project id (a UUID string), as passed in `project_ids`.
    public let id: String
    /// The project name as the customer typed it (may be Cyrillic). Not served by the API.
    public let name: String
}
