/// One item of `GET /v1/cloud_billing/statistic/objects`: a billed object with its parent
/// (a disk's or an IP's server) and its localised type name.
public struct SelectelObjectInfo: Sendable, Equatable {
    /// The object id.
    public var id: String
    /// The object name, when it has one.
    public var name: String?
    /// The parent object's id.
    public var parentID: String?
    /// The project the object belongs to.
    public var projectID: String?
    /// The type, e.g. `cloud_vm`.
    public var type: String?
    /// The type's name in the requested locale.
    public var typeName: String?

    /// Decodes the `{"status", "data": [...]}` answer.
    public static func decodeList(_ body: [UInt8]) throws(JSONError) -> [SelectelObjectInfo] {
        try SelectelEnvelope.decode(body) { reader throws(JSONError) in
            var objects: [SelectelObjectInfo] = []
            try reader.readArray { _, reader throws(JSONError) in
                let start = reader.offset
                var object = SelectelObjectInfo(id: "")
                var sawID = false
                try reader.readObject { key, reader throws(JSONError) in
                    switch key {
                    case "id":
                        object.id = try reader.readScalarText()
                        sawID = true
                    case "name": object.name = try reader.readStringOrNull()
                    case "parent_id": object.parentID = try reader.readStringOrNull()
                    case "project_id": object.projectID = try reader.readStringOrNull()
                    case "type": object.type = try reader.readStringOrNull()
                    case "type_name": object.typeName = try reader.readStringOrNull()
                    default: try reader.skipValue()
                    }
                }
                guard sawID else { throw reader.makeError("object without 'id'", at: start) }
                objects.append(object)
            }
            return objects
        }
    }

    public init(
        id: String, name: String? = nil, parentID: String? = nil, projectID: String? = nil, type: String? = nil,
        typeName: String? = nil
    ) {
        self.id = id
        self.name = name
        self.parentID = parentID
        self.projectID = projectID
        self.type = type
        self.typeName = typeName
    }
}
