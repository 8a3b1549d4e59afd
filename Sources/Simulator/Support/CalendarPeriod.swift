/// A bucket size for grouping hourly data by calendar periods of a wall clock.
enum CalendarPeriod: String, Sendable, CaseIterable {
    case hour, day, week, month, year, all
}
