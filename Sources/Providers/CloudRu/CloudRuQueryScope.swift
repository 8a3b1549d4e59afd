/// What one consumption query asks for: the whole agreement, or one project (so that every
/// row it returns can be attributed to that project — rows carry no project id).
enum CloudRuQueryScope: Sendable, Hashable {
    /// `agreement_id=…`.
    case agreement(String)
    /// `project_ids=…`.
    case project(String)

    /// The query parameter for this scope.
    var parameter: (String, String) {
        switch self {
        case .agreement(let id): ("agreement_id", id)
        case .project(let id): ("project_ids", id)
        }
    }

    /// The project the rows belong to, when the scope says.
    var projectID: String? {
        if case .project(let id) = self { return id }
        return nil
    }
}
