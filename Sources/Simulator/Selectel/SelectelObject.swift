import Foundation

/// A billed Selectel object (server, volume, IP, bucket, cluster...), as listed by
/// `GET /v1/cloud_billing/statistic/objects`.
public struct SelectelObject: Sendable, Hashable {
    /// The object id (a UUID string).
    public let id: String
    /// The name the customer gave it; `nil` for unnamed objects (e.g. some volumes).
    public let name: String?
    /// The id of the object it belongs to (a volume's or IP's server, a node group's cluster).
    public let parentID: String?
    /// The id of the project that owns it.
    public let projectID: String
    /// The API's object type, e.g. `cloud_vm`, `volume`, `public_ip`, `mks_cluster`.
    public let type: String
    /// The localised type name (`type_name` in the API).
    public let typeName: SelectelLocalizedText
    /// The service it belongs to, e.g. `vpc`, `mks`, `storage`, `dbaas`.
    public internal(set) var providerKey: String
    /// The pool (region) it lives in, e.g. `ru-1`.
    public let region: String
    /// When it was created (the first billed hour starts here), UTC.
    public let createdAt: Date
    /// When it was deleted (no hour starting at or after this is billed), or `nil` if it still exists.
    public let deletedAt: Date?

    /// First billed hour, in hours since 1970 (UTC).
    let createdHour: Int64
    /// First hour no longer billed, in hours since 1970 (UTC), or `nil`.
    let deletedHour: Int64?

    init(
        id: String,
        name: String?,
        parentID: String?,
        projectID: String,
        kind: SelectelObjectKind,
        region: String,
        createdHour: Int64,
        deletedHour: Int64?
    ) {
        self.id = id
        self.name = name
        self.parentID = parentID
        self.projectID = projectID
        self.type = kind.type
        self.typeName = kind.typeName
        self.providerKey = kind.providerKey
        self.region = region
        self.createdHour = createdHour
        self.deletedHour = deletedHour
        self.createdAt = Date(timeIntervalSince1970: TimeInterval(createdHour * 3600))
        self.deletedAt = deletedHour.map { Date(timeIntervalSince1970: TimeInterval($0 * 3600)) }
    }
}
