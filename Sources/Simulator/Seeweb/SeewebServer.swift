import Foundation

/// A cloud server of the simulated account, as its whole life: plan, group, reservations and
/// the stretches it was powered off. Monthly bills are derived from it (``SeewebServerBill``).
///
/// Billing counts hour slots from the creation instant: slot *k* starts `k` hours after
/// creation, and every slot that starts before the deletion (or before "now") is billed in
/// full, in the month its start falls in. A slot is reserved when it starts inside a
/// reservation, offline when it starts inside an offline window, and online otherwise.
public struct SeewebServer: Hashable, Sendable {
    /// The server id, e.g. `ec200200` (`name` in billing rows).
    public let name: String
    /// The plan.
    public let plan: SeewebPlan
    /// The group (`eg…`) the server belongs to, or nil.
    public let group: String?
    /// The user's label (`notes`); may be empty.
    public let notes: String
    /// The discount on offline hours, in percent (`offline_discount`).
    public let offlineDiscountPercent: Int
    /// Reservations in time order, never overlapping.
    public let reservations: [SeewebReservation]
    /// Offline stretches in time order, never overlapping each other or a reservation.
    public let offlineWindows: [SeewebOfflineWindow]
    /// Creation instant in Unix microseconds.
    let createdMicros: Int64
    /// Deletion instant in Unix microseconds, when deleted.
    let deletedMicros: Int64?

    /// When the server was created (`creation_date`).
    public var created: Date { SeewebTimestamp.date(createdMicros) }
    /// When the server was deleted (`deletion_date`), or nil while it exists.
    public var deleted: Date? { deletedMicros.map(SeewebTimestamp.date) }

    init(
        name: String, plan: SeewebPlan, group: String?, notes: String, offlineDiscountPercent: Int,
        reservations: [SeewebReservation], offlineWindows: [SeewebOfflineWindow], createdMicros: Int64,
        deletedMicros: Int64?
    ) {
        self.name = name
        self.plan = plan
        self.group = group
        self.notes = notes
        self.offlineDiscountPercent = offlineDiscountPercent
        self.reservations = reservations
        self.offlineWindows = offlineWindows
        self.createdMicros = createdMicros
        self.deletedMicros = deletedMicros
    }

    /// The status shown at `nowMicros`: `Deleted`, `Stopped` (inside an offline window) or `Booted`.
    func status(atMicros nowMicros: Int64) -> String {
        if let deletedMicros, deletedMicros <= nowMicros { return "Deleted" }
        return offlineWindows.contains { $0.contains(micros: nowMicros) } ? "Stopped" : "Booted"
    }

    /// The number of billed hour slots that start in `from ..< to` (zero when empty).
    func slots(from: Int64, to: Int64) -> Int64 {
        guard from < to else { return 0 }
        return slotsStarting(before: to) - slotsStarting(before: from)
    }

    /// The number of hour slots starting before the instant `micros`.
    private func slotsStarting(before micros: Int64) -> Int64 {
        guard micros > createdMicros else { return 0 }
        let elapsed = micros - createdMicros
        return (elapsed + SeewebTimestamp.microsPerHour - 1) / SeewebTimestamp.microsPerHour
    }
}
