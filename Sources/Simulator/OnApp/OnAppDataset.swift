import CostCore
import Foundation

/// The ground truth of the simulated OnApp user: a pure function of (seed, now).
///
/// `GET /users/{userID}/vm_stats.json|.xml` answers from it, and tests read it directly to
/// check totals independently of HTTP. Rows are computed on demand; nothing is materialised.
///
/// - Every hour since ``historyStart`` has one user-level row (`virtual_machine_id` null, no
///   breakdown) carrying the backup charge (0.0 until backups were switched on), and one row
///   per virtual server that exists in that hour, with the `billing_stats` breakdown of the
///   server, its disks and its network interfaces.
/// - `stat_time` is the UTC start of the billed hour; a row is written (`created_at`) 20 to 39
///   seconds after it, and is served only once written, so the hour containing "now" appears
///   shortly after it begins.
/// - Costs are US dollars (`currency_code` `USD` on every row) with at most six decimals;
///   `total_cost` is exactly the sum of the row's breakdown costs, `usage_cost` the metered part
///   of it (CPU use, disk and network traffic). `vm_resources_cost` is not sent (removed in 5.6).
/// - The user's time zone is ``timeZoneIdentifier`` (Europe/Amsterdam), used only for
///   `period[use_local_time]=1`.
public struct OnAppDataset: Sendable {
    /// The seed everything was generated from.
    public let seed: UInt64
    /// The simulated "now".
    public let now: Date
    /// The user whose statistics are served (`/users/{userID}/...`; `user_id` in every row).
    public let userID: Int
    /// The login of the user, accepted with ``SimulatorCredentials/onAppAPIKey`` in HTTP Basic.
    public let email: String
    /// The currency of every row (`currency_code`).
    public let currencyCode: String
    /// The user's time zone, for `period[use_local_time]=1`.
    public let timeZoneIdentifier: String
    /// The first hour with statistics (the account was opened then), UTC.
    public let historyStart: Date
    /// The virtual servers, including destroyed ones, in row order.
    public let virtualMachines: [OnAppVirtualMachine]
    /// The planted spike.
    public let spike: OnAppSpike

    /// "Now" in seconds since 1970.
    let nowSecond: Int64
    /// ``historyStart`` in hours since 1970.
    let historyStartHour: Int64
    /// The first hour with a non-zero backup charge, in hours since 1970.
    let backupStartHour: Int64
    /// Salt of the per-row noise (write delay).
    let rowSalt: UInt64

    /// Generates the user for `seed` as seen at `now`.
    public init(seed: UInt64, now: Date) {
        let nowSecond = Int64(now.timeIntervalSince1970.rounded(.down))
        var builder = OnAppDatasetBuilder(seed: seed, nowSecond: nowSecond)
        let output = builder.build()
        self.seed = seed
        self.now = now
        self.nowSecond = nowSecond
        self.userID = output.userID
        self.email = SimulatorCredentials.onAppEmail
        self.currencyCode = "USD"
        self.timeZoneIdentifier = OnAppUserZone.identifier
        self.historyStartHour = output.historyStartHour
        self.backupStartHour = output.backupStartHour
        self.rowSalt = output.rowSalt
        self.historyStart = Date(timeIntervalSince1970: TimeInterval(output.historyStartHour * 3_600))
        self.virtualMachines = output.machines
        guard let spike = output.spike else { preconditionFailure("The catalog must contain a spike target") }
        self.spike = spike
    }

    /// The server with this id.
    public func virtualMachine(id: Int) -> OnAppVirtualMachine? {
        virtualMachines.first { $0.id == id }
    }

    /// Where the answer starts when no `period[startdate]` is given: three calendar months
    /// before "now" (the same UTC wall-clock time; the day clamped to the month's length).
    public var defaultPeriodStart: Date {
        Date(timeIntervalSince1970: TimeInterval(OnAppPeriod.threeMonthsBefore(nowSecond)))
    }
}
