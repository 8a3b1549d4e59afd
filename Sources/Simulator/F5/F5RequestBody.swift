import Foundation

/// The string fields of a JSON request body of the simulated F5 API, e.g. `start_time`.
///
/// The body must be a JSON object (an empty body counts as `{}`); each field the endpoint reads
/// must be a string or `null` (same as absent, as in protobuf's JSON mapping). Other fields are
/// ignored.
struct F5RequestBody: Sendable {
    /// The largest body accepted.
    static let maxBytes = 64 * 1024

    /// The string fields that were present and not null.
    let fields: [String: String]

    /// Parses `bytes`, keeping `names`.
    init(bytes: [UInt8], reading names: [String]) throws(F5Failure) {
        guard !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            self.fields = [:]
            return
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw F5Failure.badRequest("the request body must be a JSON object")
        }
        var fields: [String: String] = [:]
        for name in names {
            guard let value = object[name], !(value is NSNull) else { continue }
            guard let text = value as? String else {
                throw F5Failure.badRequest("\(name) must be a string")
            }
            fields[name] = text
        }
        self.fields = fields
    }
}
