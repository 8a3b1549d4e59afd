import CostCore

/// A priced line of `current_usage` that lies inside the window asked for, with the period it
/// is reported for (its own, or clipped to the window).
struct F5KeptLine {
    /// The line as answered.
    var line: F5CurrentUsageItem
    /// Its period inside the window.
    var period: DateRange
}
