/// The one-line text of any error for the terminal, a log or a file: a ``ProviderError``'s
/// own description, anything else described and then made safe like ``ServerText``, since a
/// library's description may quote a request header.
public enum ErrorText {
    /// `error` as one safe line.
    public static func of(_ error: any Error) -> String {
        if let error = error as? ProviderError { return error.description }
        return ServerText.safe(String(describing: error), limit: MessageSanitizer.messageLimit)
    }
}
