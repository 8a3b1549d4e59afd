import Foundation

/// A billed resource instance (VM, disk, bucket, model endpoint…) of the simulated account.
public struct CloudRuResource: Sendable, Hashable {
    /// The resource id (a UUID string), served as `resource_id`.
    public let id: String
    /// The resource name, served as `resource_name`.
    public let name: String
    /// The id of the project that owns it.
    public let projectID: String
    /// The cloud service, served as `servname`, e.g. `Объектное хранилище`.
    public let service: String
    /// The platform, served as `platform`, e.g. `Evolution`.
    public let platform: String
    /// The billing id of the project's connection to the platform, served as `dmid`.
    public let dmid: Int
    /// Extra facts about the instance, served as `meta`.
    public let meta: [String: String]
    /// When it was created (the first billed hour starts here), UTC.
    public let createdAt: Date
    /// When it was deleted, or `nil` if it still exists.
    public let deletedAt: Date?

    /// First billed hour, in hours since 1970 (UTC).
    let createdHour: Int64
    /// First hour no longer billed, in hours since 1970 (UTC), or `nil`.
    let deletedHour: Int64?
}
