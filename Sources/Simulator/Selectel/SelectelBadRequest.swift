/// A request the Selectel simulator rejects with 400; the message names the parameter.
struct SelectelBadRequest: Error, Sendable {
    /// What is wrong, for the `error.message` field. Never includes header values.
    let message: String
}
