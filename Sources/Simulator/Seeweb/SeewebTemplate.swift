import CostCore
import Foundation

/// A server template (a saved disk image) of the simulated account. It is charged its whole
/// monthly fee for every month in which it existed at some time before "now", as in the seed's
/// sample (a template created on 16 April costs the full 2 EUR for April).
public struct SeewebTemplate: Hashable, Sendable {
    /// The template id, e.g. `ei100026` (`name` in billing rows).
    public let name: String
    /// The user's label (`notes`); may be empty.
    public let notes: String
    /// The monthly fee in cents.
    let monthlyCents: Int64
    /// Creation instant in Unix microseconds.
    let createdMicros: Int64
    /// Deletion instant in Unix microseconds, when deleted.
    let deletedMicros: Int64?

    /// The monthly fee, in EUR.
    public var monthlyCost: Amount { Amount(minorUnits: monthlyCents, decimals: 2) }
    /// When the template was created (`creation_date`).
    public var created: Date { SeewebTimestamp.date(createdMicros) }
    /// When it was deleted (`deletion_date`), or nil while it exists.
    public var deleted: Date? { deletedMicros.map(SeewebTimestamp.date) }
}
