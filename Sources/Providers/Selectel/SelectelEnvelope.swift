/// Selectel's `{"status": "success", "data": ...}` wrapper.
enum SelectelEnvelope {
    /// Reads the envelope, handing `data` to `payload`; other keys are skipped. A missing
    /// `data` is an error.
    static func decode<Payload>(
        _ body: [UInt8], _ payload: (inout JSONReader) throws(JSONError) -> Payload
    ) throws(JSONError) -> Payload {
        try JSONReader.read(body) { reader throws(JSONError) in
            var result: Payload?
            try reader.readObject { key, reader throws(JSONError) in
                if key == "data" {
                    result = try payload(&reader)
                } else {
                    try reader.skipValue()
                }
            }
            guard let result else { throw reader.makeError("missing 'data'") }
            return result
        }
    }
}
