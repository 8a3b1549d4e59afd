import CostCore
import Synchronization

/// Something a fetch wants its user to know that is not a failure: a value it could not read
/// in a field that carries no money (kept or skipped), or a guess about the provider that the
/// answer contradicted, so a documented path was taken instead.
public struct FetchNote: Sendable, CustomStringConvertible {
    /// Why the note exists.
    public enum Kind: String, Sendable, Hashable {
        /// An odd value in a field that carries no money: the row or value was kept or skipped.
        case warning
        /// The provider disagreed with an undocumented assumption; a documented path was used.
        case fallback
    }

    public let kind: Kind
    public let provider: ProviderKind
    /// The configured account name.
    public let account: String
    /// One human sentence naming the field and the value (already made safe with ``ServerText``).
    public let message: String
    /// What makes two notes the same: the message itself, unless the client names a topic so
    /// that the first of many similar notes (one per row or window) is the only one kept.
    public let topic: String

    public init(_ kind: Kind, provider: ProviderKind, account: String, message: String, topic: String? = nil) {
        self.kind = kind
        self.provider = provider
        self.account = account
        self.message = message
        self.topic = topic ?? message
    }

    /// The note's identity for "once per run".
    struct Identity: Hashable {
        let kind: Kind
        let provider: ProviderKind
        let account: String
        let topic: String
    }

    var identity: Identity { Identity(kind: kind, provider: provider, account: account, topic: topic) }

    /// `account: message`.
    public var description: String { "\(account): \(message)" }
}

/// Where one run's ``FetchNote``s go: each distinct note is kept once (a fallback taken on every
/// page is said once per run) and passed to whoever listens — standard error for scripts, the
/// status line in the explorer, the probe report in `doctor`. An answer with thousands of odd
/// rows must not bury the screen: after ``limitPerAccount`` notes about one account, one last
/// note says that more were left out.
public final class FetchNotes: Sendable {
    /// How many notes one account may add in a run before the rest are only counted.
    public static let limitPerAccount = 20

    private struct State {
        var seen: Set<FetchNote.Identity> = []
        var notes: [FetchNote] = []
        var countPerAccount: [String: Int] = [:]
        var listener: (@Sendable (FetchNote) -> Void)?
    }

    private let state: Mutex<State>

    /// Notes reach `listener` as they are added (none: they are only kept).
    public init(listener: (@Sendable (FetchNote) -> Void)? = nil) {
        state = Mutex(State(listener: listener))
    }

    /// Records `note` unless the same note was recorded before in this run.
    public func add(_ note: FetchNote) {
        let (kept, listener) = state.withLock { state -> (FetchNote?, (@Sendable (FetchNote) -> Void)?) in
            guard state.seen.insert(note.identity).inserted else { return (nil, nil) }
            let count = state.countPerAccount[note.account, default: 0] + 1
            state.countPerAccount[note.account] = count
            if count > Self.limitPerAccount + 1 { return (nil, nil) }
            let kept =
                count <= Self.limitPerAccount
                ? note
                : FetchNote(
                    .warning, provider: note.provider, account: note.account,
                    message: "more than \(Self.limitPerAccount) notes in this run; the rest are left out")
            state.notes.append(kept)
            return (kept, state.listener)
        }
        if let kept { listener?(kept) }
    }

    /// Sends notes added from now on to `listener` as well (nil: keep them only).
    public func listen(_ listener: (@Sendable (FetchNote) -> Void)?) {
        state.withLock { $0.listener = listener }
    }

    /// Every note so far, in the order they were first added.
    public var all: [FetchNote] { state.withLock { $0.notes } }

    /// The notes about `account`.
    public func notes(for account: String) -> [FetchNote] { all.filter { $0.account == account } }
}

/// The note-taking of one account's client: adds notes under its provider and name.
public struct AccountNotes: Sendable {
    public let provider: ProviderKind
    public let account: String
    public let notes: FetchNotes

    public init(provider: ProviderKind, account: String, notes: FetchNotes) {
        self.provider = provider
        self.account = account
        self.notes = notes
    }

    /// A value in a field that carries no money could not be read; the row or value was kept or
    /// skipped as `message` says. With a `topic`, only the first note of that topic is kept in
    /// the run (say so in the message: "the first of such lines").
    public func warn(_ message: String, topic: String?) {
        notes.add(FetchNote(.warning, provider: provider, account: account, message: message, topic: topic))
    }

    /// A value in a field that carries no money could not be read; the row or value was kept or
    /// skipped as `message` says.
    public func warn(_ message: String) { warn(message, topic: nil) }

    /// The provider contradicted an undocumented assumption and `message`'s documented path was taken.
    public func fallback(_ message: String) {
        notes.add(FetchNote(.fallback, provider: provider, account: account, message: message))
    }
}
