/// When one row was first published and whether (and when) it was corrected afterwards.
///
/// Cloud.ru restates the current and the previous month after the fact. The simulator models
/// it per row: a row appears between 01:00 and 05:00 UTC the day after its `usedate`; about
/// 3 % of rows are corrected once, one to 24 days later but only while their month is the
/// current or the previous one (strictly before the first day of the month after next). A
/// correction changes the quantity (and so the money) by −15 % … +15 %; one in eight
/// corrections deletes the row instead (`is_delete` in v2). Everything is a function of the
/// row's key, so the same row answers differently only because "now" differs.
struct CloudRuRevision: Sendable {
    /// When the row first appeared, milliseconds since 1970 (UTC).
    let publishedMillis: Int64
    /// When the row was corrected or deleted, or `nil` if it never is.
    let revisedMillis: Int64?
    /// The corrected quantity in percent of the original (85…115, never 100).
    let revisedPercent: Int64
    /// Whether the correction deletes the row.
    let deletes: Bool

    /// The revision history of the row keyed by `salt` and `slot`, for a `usedate` of `day`
    /// whose month stops being restated at `deadlineMillis`.
    init(salt: UInt64, slot: UInt64, day: Int64, deadlineMillis: Int64) {
        let publishing = SplitMix64.hash(salt ^ 0x5055_424C_4953_4845, slot)
        let delaySeconds = Int64(publishing % (4 * 3600))
        publishedMillis = ((day + 1) * 86_400 + 3600 + delaySeconds) * 1000 + Int64((publishing >> 40) % 1000)
        let revision = SplitMix64.hash(salt ^ 0x5245_5354_4154_4544, slot)
        var percent = 85 + Int64((revision >> 32) % 31)
        if percent == 100 {
            percent = 104
        }
        revisedPercent = percent
        deletes = (revision >> 58) % 8 == 0
        let afterSeconds = 86_400 + Int64((revision >> 10) % (23 * 86_400))
        let revised = publishedMillis + afterSeconds * 1000 + Int64((revision >> 4) % 1000)
        revisedMillis = revision % 1000 < 30 && revised < deadlineMillis ? revised : nil
    }

    /// The first instant (ms since 1970, UTC) at which rows of `day` are no longer restated:
    /// midnight of the first day of the month after the next one.
    static func deadlineMillis(day: Int64) -> Int64 {
        let date = CivilCalendar.date(dayNumber: day)
        let monthIndex = date.year * 12 + (date.month - 1) + 2
        let first = CivilCalendar.dayNumber(year: monthIndex / 12, month: monthIndex % 12 + 1, day: 1)
        return first * CloudRuTimestamp.millisPerDay
    }
}
