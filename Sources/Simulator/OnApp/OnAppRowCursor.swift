/// Walks the rows of a period in answer order: by hour, the user-level row first, then the
/// servers in ``OnAppDataset/virtualMachines`` order.
struct OnAppRowCursor: Sendable {
    private let dataset: OnAppDataset
    private let lastHour: Int64
    private var hour: Int64
    private var slot = 0

    /// Rows whose `stat_time` (seconds since 1970) lies in `firstSecond...lastSecond`.
    init(dataset: OnAppDataset, firstSecond: Int64, lastSecond: Int64) {
        self.dataset = dataset
        let firstHour = CivilCalendar.floorDivide(firstSecond + 3_599, 3_600)
        self.hour = max(firstHour, dataset.historyStartHour)
        self.lastHour = min(CivilCalendar.floorDivide(lastSecond, 3_600), dataset.nowHour)
    }

    /// The next row, or nil after the last one.
    mutating func next() -> OnAppHourlyRow? {
        while hour <= lastHour {
            let row = dataset.row(hour: hour, slot: slot)
            slot += 1
            if slot == dataset.slotsPerHour {
                slot = 0
                hour += 1
            }
            if let row { return row }
        }
        return nil
    }
}
