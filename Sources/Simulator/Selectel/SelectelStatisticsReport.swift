/// The rows of one `consumption` / `summary_stats` request, computed lazily from the dataset.
///
/// Construction only decides which series and groups take part; the hourly values are summed
/// bucket by bucket while ``SelectelRowStream`` renders them, so even a year of hourly rows
/// never sits in memory at once.
struct SelectelStatisticsReport: Sendable {
    /// The series matching the provider keys and billed somewhere in the requested hours.
    let series: [SelectelSeries]
    /// For each entry of `series`, the index of its group in `templates`.
    let groupOfSeries: [Int]
    /// One template per group, in row order.
    let templates: [SelectelRowTemplate]
    /// The requested hours, clipped to those with any billed data (UTC hour indices).
    let hours: Range<Int64>
    /// The bucket size.
    let period: CalendarPeriod
    /// The requested start: the label of the first bucket (and of the only bucket for `all`).
    let start: WallClockTime
    /// Periods written with `Z`, a UTC offset or fractional seconds, in turn.
    var suffixedPeriods = false

    init(dataset: SelectelDataset, request: SelectelStatisticsRequest) {
        let firstHour = request.firstHour
        let endHour = request.endHour
        series = dataset.series.filter { item in
            request.providerKeys?.contains(item.providerKey) ?? true
                && max(firstHour, item.createdHour) < min(endHour, item.endHour)
        }
        let lower = max(firstHour, series.map(\.createdHour).min() ?? endHour)
        let upper = min(endHour, series.map(\.endHour).max() ?? firstHour)
        hours = lower < upper ? lower..<upper : firstHour..<firstHour
        period = request.period
        start = request.start

        let keys = series.map { SelectelGroupKey(series: $0, groupType: request.groupType) }
        var representative: [SelectelGroupKey: SelectelSeries] = [:]
        for (key, item) in zip(keys, series) where representative[key] == nil {
            representative[key] = item
        }
        let orderedKeys = representative.keys.sorted()
        let position = Dictionary(uniqueKeysWithValues: orderedKeys.enumerated().map { ($1, $0) })
        groupOfSeries = keys.map { position[$0] ?? 0 }
        templates = orderedKeys.compactMap { key in
            representative[key].map { item in
                SelectelRowTemplate(
                    key: key,
                    series: item,
                    dataset: dataset,
                    groupType: request.groupType,
                    locale: request.locale
                )
            }
        }
    }

    /// A fresh renderer of this report's rows.
    func rows() -> SelectelRowStream {
        SelectelRowStream(report: self)
    }

    /// The Moscow start of the bucket containing UTC hour `hour` (`nil` for `all`).
    func bucket(ofHour hour: Int64) -> WallClockTime? {
        WallClockTime(moscowFromUTCSeconds: hour * 3600).start(of: period)
    }
}
