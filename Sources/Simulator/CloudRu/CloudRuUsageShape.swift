/// How a series' quantity moves around its base value from day to day (or quantum to quantum).
enum CloudRuUsageShape: Sendable, Hashable {
    /// Constant per hour of life, e.g. a VM's vCPUs, a disk's size or a public IP.
    case flat
    /// A working-week pattern with ±15 % daily noise; the value is the weekend multiplier.
    /// Traffic and requests.
    case weekly(Double)
    /// Slow growth by the given fraction per day since creation with ±1 % noise, e.g. a bucket.
    case growth(Double)
    /// Many tiny rows: one per active 10-minute quantum, busier in Moscow working hours and
    /// quieter at weekends; each quantum bills 0.2 to 1.8 times the base. Tokens of models.
    case bursts

    /// How many quanta (rows) a day has at most.
    var quantaPerDay: Int {
        self == .bursts ? 144 : 1
    }

    /// The multiplier of the base daily quantity on day `day` (days since 1970, UTC).
    func factor(day: Int64, createdDay: Int64, salt: UInt64) -> Double {
        let noise = SplitMix64.signedUnit(salt, UInt64(bitPattern: day))
        switch self {
        case .flat, .bursts:
            return 1
        case .weekly(let weekend):
            let isWeekend = CivilCalendar.daysSinceMonday(dayNumber: day) >= 5
            return (isWeekend ? weekend : 1) * (1 + 0.15 * noise)
        case .growth(let perDay):
            return (1 + perDay * Double(day - createdDay)) * (1 + 0.01 * noise)
        }
    }

    /// Whether the 10-minute quantum `quantum` of day `day` has any usage, for `.bursts`.
    static func isActive(day: Int64, quantum: Int, salt: UInt64) -> Bool {
        let slot = UInt64(bitPattern: day * 144 + Int64(quantum))
        let draw = Double(SplitMix64.hash(salt, slot) >> 11) * 0x1.0p-53
        let isWeekend = CivilCalendar.daysSinceMonday(dayNumber: day) >= 5
        return draw < activity[quantum / 6] * (isWeekend ? 0.75 : 1)
    }

    /// The chance that a quantum is active, by UTC hour (Moscow is three hours ahead).
    private static let activity: [Double] = [
        0.45, 0.40, 0.38, 0.45, 0.60, 0.75, 0.85, 0.92, 0.95, 0.97, 0.97, 0.96,
        0.95, 0.95, 0.93, 0.90, 0.85, 0.78, 0.70, 0.62, 0.55, 0.50, 0.48, 0.46,
    ]
}
