/// How an item's hourly usage moves, in integer arithmetic only (the same bytes on every
/// platform).
enum F5UsageShape: Sendable, Hashable {
    /// A number of billed resources (load balancers, DNS zones): every hour bills that many
    /// resource-hours. The count steps up by one for ten days out of every thirty.
    case resourceCount(base: Int64)
    /// Traffic around a base per hour: a daily cycle peaking at 15:00 UTC, quieter weekends,
    /// ±6 % hourly noise and slow growth since the tenant was created.
    case traffic(basePerHour: Int64)

    /// The usage of hour `hour` (hours since 1970, UTC), `createdHour` being the tenant's first.
    func usage(hour: Int64, createdHour: Int64, salt: UInt64) -> Int64 {
        let day = CivilCalendar.floorDivide(hour, 24)
        switch self {
        case .resourceCount(let base):
            let phase = Int64(salt % 30)
            let stepped = CivilCalendar.floorDivide(day + phase, 10) % 3 == 0
            return base + (stepped ? 1 : 0)
        case .traffic(let basePerHour):
            let hourOfDay = Int(hour - day * 24)
            let weekend = CivilCalendar.daysSinceMonday(dayNumber: day) >= 5
            let cycle = Int128(Self.dailyCyclePermille[hourOfDay])
            let week = Int128(weekend ? 780 : 1000)
            let noise = Int128(940 + SplitMix64.hash(salt, UInt64(bitPattern: hour)) % 121)
            let growth = Int128(1000 + max(0, hour - createdHour) / 48)
            let value = Int128(basePerHour) * cycle * week * noise * growth / 1_000_000_000_000
            return Int64(clamping: value)
        }
    }

    /// Traffic by UTC hour of day, in thousandths of the base: lowest at 03:00, highest at 15:00.
    private static let dailyCyclePermille: [Int64] = [
        550, 500, 470, 460, 480, 540, 640, 780, 920, 1060, 1180, 1280,
        1350, 1400, 1420, 1430, 1400, 1330, 1230, 1100, 950, 820, 700, 610,
    ]
}
