/// How a series' hourly quantity moves around its base value.
enum SelectelUsageShape: Sendable, Hashable {
    /// Constant, e.g. a disk's size or a public IP.
    case flat
    /// Small hourly noise of up to ± the given fraction, e.g. burstable CPU.
    case jitter(Double)
    /// A daily cycle peaking at 14:00 Moscow time with the given relative amplitude, quieter at
    /// weekends, plus a little noise: traffic, requests, autoscaled Kubernetes nodes.
    case diurnal(Double)
    /// Slow growth by the given fraction per day since creation, e.g. a filling bucket.
    case growth(Double)

    /// The multiplier applied to the base quantity in hour `hour` (hours since 1970, UTC).
    func factor(hour: Int64, createdHour: Int64, salt: UInt64) -> Double {
        switch self {
        case .flat:
            return 1
        case .jitter(let fraction):
            return 1 + fraction * SplitMix64.signedUnit(salt, UInt64(bitPattern: hour))
        case .diurnal(let amplitude):
            let moscowHour = hour + 3
            let hourOfDay = Int(((moscowHour % 24) + 24) % 24)
            let day = CivilCalendar.floorDivide(moscowHour, 24)
            let weekend = CivilCalendar.daysSinceMonday(dayNumber: day) >= 5
            let noise = 1 + 0.04 * SplitMix64.signedUnit(salt, UInt64(bitPattern: hour))
            return (1 + amplitude * Self.dailyCycle[hourOfDay]) * (weekend ? 0.8 : 1) * noise
        case .growth(let perDay):
            let days = Double(hour - createdHour) / 24
            return (1 + perDay * days) * (1 + 0.01 * SplitMix64.signedUnit(salt, UInt64(bitPattern: hour)))
        }
    }

    /// cos of the distance to 14:00, by Moscow hour of day: +1 at 14:00, -1 at 02:00.
    ///
    /// Built from literal cosines of multiples of 15° (not `cos()`), so every platform's libm
    /// yields the same bytes.
    private static let dailyCycle: [Double] = (0..<24).map { hour in
        let step = ((hour - 14) % 24 + 24) % 24
        switch step {
        case 0...6: return quarterWave[step]
        case 7...12: return -quarterWave[12 - step]
        case 13...18: return -quarterWave[step - 12]
        default: return quarterWave[24 - step]
        }
    }

    /// cos(0°), cos(15°), … cos(90°).
    private static let quarterWave: [Double] = [
        1, 0.965_925_826_289_068_3, 0.866_025_403_784_438_7, 0.707_106_781_186_547_6, 0.5, 0.258_819_045_102_520_74, 0,
    ]
}
