import CostCore
import Foundation
import TerminalKit

/// Everything that can change the explorer's state.
public enum Action: Sendable {
    /// The user pressed a key.
    case key(Key)
    /// The terminal changed size.
    case resize(TerminalSize)
    /// No key arrived for a moment after a cursor move: the time-series strip catches up
    /// with the selected row.
    case settle
    /// The user clicked or turned the wheel (mouse reporting on).
    case mouse(MouseEvent)
    /// Records for `account` arrived for request `requestID`.
    case recordsLoaded(requestID: Int, account: String, records: SpendStore, at: Date)
    /// Fetching `account` for request `requestID` has got this far.
    case fetchProgress(requestID: Int, account: String, requests: Int, rows: Int)
    /// Fetching `account` failed for request `requestID`.
    case fetchFailed(requestID: Int, account: String, message: String)
    /// Cached records for `account` for request `requestID`, fetched at `asOf`; `refreshing`
    /// when a fetch of fresh data goes on in the background.
    case cachedRecordsLoaded(requestID: Int, account: String, records: SpendStore, asOf: Date, refreshing: Bool)
    /// An export was written to `path` (absolute).
    case exported(path: String)
    /// An export could not be written, with a human message.
    case exportFailed(String)
    /// Something went wrong with the local cache (a write failed, a damaged file was moved
    /// aside): one human line for the status line. The data shown is unaffected.
    case cacheNotice(String)
    /// A fetch of `account` read something leniently or fell back to a documented path: one
    /// human line for the status line, kept with the account's info.
    case fetchNote(account: String, message: String)
}
