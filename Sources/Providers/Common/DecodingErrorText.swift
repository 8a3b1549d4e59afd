/// Describes a `DecodingError` as a JSON path and a reason, e.g.
/// `data[12].value: expected a number`.
enum DecodingErrorText {
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing"
        case .valueNotFound(_, let context):
            return "\(path(context.codingPath)): null where a value is required"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(typeName(type))"
        case .dataCorrupted(let context):
            let underlying = context.underlyingError.map { " (\(String(describing: $0).prefix(120)))" } ?? ""
            let where_ = context.codingPath.isEmpty ? "body" : path(context.codingPath)
            return "\(where_): \(context.debugDescription)\(underlying)"
        @unknown default:
            return "\(error)"
        }
    }

    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text.isEmpty ? "body" : text
    }

    private static func typeName(_ type: Any.Type) -> String {
        let name = String(describing: type)
        switch name {
        case "Int64", "Int", "Decimal", "Double": return "a number"
        case "String": return "a string"
        case "Bool": return "true or false"
        default: return name.hasPrefix("Array") ? "an array" : "an object"
        }
    }
}
