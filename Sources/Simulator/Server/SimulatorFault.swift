/// A failure the simulator injects into its answers, for tests and demos of error handling.
///
/// Written on the command line as `KIND` (every request) or `KIND:P` with a probability
/// `P` between 0 and 1 or a percentage (`rate-limit:0.3`, `server-error:25%`).
public struct SimulatorFault: Sendable, Hashable, CustomStringConvertible {
    /// What goes wrong.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// 429 with `Retry-After: 1`, in the provider's error shape.
        case rateLimit = "rate-limit"
        /// The provider's 5xx answer (OnApp's 503 overload, Cloud.ru's gRPC-style 500, …).
        case serverError = "server-error"
        /// The normal answer, after a delay of ``SimulatorFault/slowDelay``.
        case slow
        /// The normal answer's headers and first half, then the connection is dropped.
        case truncated
        /// A 200 whose body is the normal answer with garbage spliced into its middle.
        case badJSON = "bad-json"
        /// The normal answer with terminal control sequences, a line break and `|` put in front
        /// of every name (``HostileLabels``).
        case hostileLabels = "hostile-labels"
        /// An error answer in the provider's shape whose message echoes the request's headers
        /// and body — credentials included — as careless servers do. Cloud.ru's key exchange
        /// is answered normally, so the bearer token it issues is what gets echoed.
        case echoCredentials = "echo-credentials"
        /// The normal answer with every amount in it replaced by a number of 39 digits, more
        /// than any exact money type holds.
        case hugeAmount = "huge-amount"
    }

    /// How long a `slow` answer is delayed.
    public static let slowDelay: Duration = .seconds(3)

    /// What goes wrong.
    public var kind: Kind
    /// The chance that a request meets it, 0…1.
    public var probability: Double

    public init(_ kind: Kind, probability: Double = 1) {
        self.kind = kind
        self.probability = min(max(probability, 0), 1)
    }

    /// Parses `KIND` or `KIND:P`, throwing an error that says what is wrong.
    public init(parsing text: String) throws(SimulatorError) {
        let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let kinds = Kind.allCases.map(\.rawValue).joined(separator: ", ")
        guard let name = parts.first, let kind = Kind(rawValue: name.lowercased()) else {
            throw .invalidConfiguration("unknown fault '\(text)' (one of: \(kinds), optionally with :PROBABILITY)")
        }
        var probability = 1.0
        if parts.count == 2 {
            var number = parts[1]
            var scale = 1.0
            if number.hasSuffix("%") {
                number.removeLast()
                scale = 100
            }
            guard let value = Double(number), value.isFinite, value >= 0, value / scale <= 1 else {
                throw .invalidConfiguration(
                    "fault probability '\(parts[1])' must be between 0 and 1 (or 0% and 100%)")
            }
            probability = value / scale
        }
        self.init(kind, probability: probability)
    }

    /// `kind` or `kind:probability`.
    public var description: String {
        probability >= 1 ? kind.rawValue : "\(kind.rawValue):\(probability)"
    }
}
