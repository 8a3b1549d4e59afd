/// Russian VAT as applied to Cloud.ru consumption rows (`amount_nds` from `amount`).
///
/// The rate follows the consumption day: 20 % before 2026-01-01 and 22 % from then on
/// (Federal Law No. 425-FZ of 28.11.2025 raised the standard rate). Each row's amount with VAT
/// is `amount × (100 + rate) / 100`, rounded half up to a whole micro-rouble (six decimals),
/// so it never differs from the exact product by more than 0.0000005 RUB.
enum CloudRuVAT {
    /// The first day (days since 1970) charged at 22 %.
    static let increaseDay: Int64 = CivilCalendar.dayNumber(year: 2026, month: 1, day: 1)

    /// The VAT rate in percent for consumption on day `day`.
    static func percent(day: Int64) -> Int64 {
        day < increaseDay ? 20 : 22
    }

    /// `micros` (a non-negative amount without VAT, in micro-roubles) with VAT added.
    static func withVAT(micros: Int64, day: Int64) -> Int64 {
        (micros * (100 + percent(day: day)) + 50) / 100
    }
}
