import Foundation

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
