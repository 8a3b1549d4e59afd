import Foundation

/// A stretch during which a server was powered off: its hours are billed as offline hours, at
/// the offline discount.
public struct SeewebOfflineWindow: Hashable, Sendable {
    /// When the server was stopped, in Unix microseconds.
    let startMicros: Int64
    /// When it was started again (exclusive), in Unix microseconds.
    let endMicros: Int64

    /// When the server was stopped.
    public var start: Date { SeewebTimestamp.date(startMicros) }
    /// When it was started again.
    public var end: Date { SeewebTimestamp.date(endMicros) }

    /// Whether the instant `micros` falls inside the window.
    func contains(micros: Int64) -> Bool { (startMicros..<endMicros).contains(micros) }
}
