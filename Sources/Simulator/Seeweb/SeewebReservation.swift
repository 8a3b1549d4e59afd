import Foundation

/// One reservation of a server: the hours whose slot starts in `start ..< end` are billed as
/// reserved hours at the plan's discount.
public struct SeewebReservation: Hashable, Sendable {
    /// The reservation offer.
    public let plan: SeewebReservedPlan
    /// When the reservation starts (`reserved_start_date`), in Unix microseconds.
    let startMicros: Int64
    /// When it ends (`reserved_end_date`, exclusive), in Unix microseconds.
    let endMicros: Int64

    /// When the reservation starts (`reserved_start_date`).
    public var start: Date { SeewebTimestamp.date(startMicros) }
    /// When it ends (`reserved_end_date`).
    public var end: Date { SeewebTimestamp.date(endMicros) }
}
