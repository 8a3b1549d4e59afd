import CostCore
import Foundation

/// One configured account as the accounts pane shows it.
public struct AccountEntry: Hashable, Sendable {
    /// The configured name.
    public var name: String
    /// The provider.
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
