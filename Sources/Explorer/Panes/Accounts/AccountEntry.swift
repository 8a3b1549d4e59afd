import CostCore
import Foundation

/// One configured account as the accounts pane shows it.
public struct AccountEntry: Hashable, Sendable {
    /// The configured name.
    public var name: String
    public var provider: ProviderKind
    /// Data status.
    public var status: LoadStatus
    /// When the data shown was fetched, while it comes from the local cache; nil when fresh.
    public var dataAsOf: Date?
    /// What its fetches read leniently or where they fell back to a documented path, once each.
    public var notes: [String] = []

    public init(name: String, provider: ProviderKind, status: LoadStatus = .idle) {
        self.name = name
        self.provider = provider
        self.status = status
    }
}

/// Where an account's data stands.
public enum LoadStatus: Hashable, Sendable {
    /// Nothing requested yet.
    case idle
    /// A fetch is running.
    case loading
    /// A fetch is running and has had answers: requests answered and rows decoded so far.
    case fetching(requests: Int, rows: Int)
    /// Data arrived: how many records, and when.
    case loaded(records: Int, at: Date)
    /// The last fetch failed, with a human message.
    case failed(String)
}
