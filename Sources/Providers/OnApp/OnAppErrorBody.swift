import Foundation

/// Reads the message of an OnApp (Rails) error answer, made safe by ``ServerText``: `{"errors":["…"]}`, `{"errors":{"startdate":["is invalid"]}}`,
/// `{"error":"…"}` or `<errors><error>…</error></errors>`.
enum OnAppErrorBody {
    /// The first message of `body`, `startdate is invalid` style for field errors; nil when the
    /// body is none of the shapes above.
    static func message(_ body: [UInt8]) -> ServerText? {
        guard !body.isEmpty, body.count < 1_000_000 else { return nil }
        let message = jsonMessage(body) ?? xmlMessage(body)
        return message.map { ServerText($0) }
    }

    private static func jsonMessage(_ body: [UInt8]) -> String? {
        var message: String?
        _ = try? JSONReader.read(body) { reader throws(JSONError) in
            try reader.readObject { key, reader throws(JSONError) in
                guard message == nil else { return }
                switch key {
                case "error", "message":
                    if reader.peekKind() == .string { message = try reader.readString() }
                case "errors":
                    message = try firstMessage(&reader, field: nil)
                default: break
                }
            }
        }
        return message
    }

    /// The first string in an `errors` value: a list of messages or a field → messages object.
    private static func firstMessage(_ reader: inout JSONReader, field: String?) throws(JSONError) -> String? {
        var found: String?
        switch reader.peekKind() {
        case .string:
            let text = try reader.readString()
            found = field.map { "\($0) \(text)" } ?? text
        case .array:
            try reader.readArray { _, reader throws(JSONError) in
                guard found == nil else { return }
                found = try firstMessage(&reader, field: field)
            }
        case .object:
            try reader.readObject { key, reader throws(JSONError) in
                guard found == nil else { return }
                found = try firstMessage(&reader, field: key.stringValue)
            }
        default:
            break
        }
        return found
    }

    private static func xmlMessage(_ body: [UInt8]) -> String? {
        let text = String(decoding: body.prefix(ResponseCheck.plainMessageScanLimit), as: UTF8.self)
        guard let open = text.range(of: "<error>"),
            let close = text.range(of: "</error>", range: open.upperBound..<text.endIndex)
        else { return nil }
        let message = text[open.upperBound..<close.lowerBound]
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
        return message.isEmpty ? nil : message
    }
}
