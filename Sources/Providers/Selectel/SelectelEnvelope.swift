/// Selectel's `{"status": "success", "data": ...}` wrapper.
struct SelectelEnvelope<Payload: Decodable & Sendable>: Decodable, Sendable {
    let status: String?
    let data: Payload
}
