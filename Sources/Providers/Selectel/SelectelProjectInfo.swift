/// One item of `GET /v1/cloud_billing/statistic/projects`.
public struct SelectelProjectInfo: Sendable, Equatable {
    /// The project id (a UUID).
    public var id: String
    /// The project name.
    public var name: String?

    /// Decodes the `{"status", "data": [...]}` answer.
    public static func decodeList(_ body: [UInt8]) throws(JSONError) -> [SelectelProjectInfo] {
        try SelectelEnvelope.decode(body) { reader throws(JSONError) in
            var projects: [SelectelProjectInfo] = []
            try reader.readArray { _, reader throws(JSONError) in
                let start = reader.offset
                var project = SelectelProjectInfo(id: "", name: nil)
                var sawID = false
                try reader.readObject { key, reader throws(JSONError) in
                    switch key {
                    case "id":
                        project.id = try reader.readScalarText()
                        sawID = true
                    case "name": project.name = try reader.readStringOrNull()
                    default: try reader.skipValue()
                    }
                }
                guard sawID else { throw reader.makeError("project without 'id'", at: start) }
                projects.append(project)
            }
            return projects
        }
    }
}
