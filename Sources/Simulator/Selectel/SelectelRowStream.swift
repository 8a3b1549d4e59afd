/// Renders a ``SelectelStatisticsReport`` as comma-separated JSON rows, in chunks of whole
/// period buckets, ready to be streamed inside `"data":[ … ]`.
struct SelectelRowStream: Sendable {
    private let report: SelectelStatisticsReport
    private var nextHour: Int64
    private var hasWrittenRow = false
    private var bucketsWritten = 0
    private var values: [Int64]
    private var quantities: [Int64]

    init(report: SelectelStatisticsReport) {
        self.report = report
        self.nextHour = report.hours.lowerBound
        self.values = Array(repeating: 0, count: report.templates.count)
        self.quantities = Array(repeating: 0, count: report.templates.count)
    }

    /// The next chunk of rows (roughly `chunkSize` bytes or more), or `nil` when done.
    /// A chunk may be empty when its buckets had nothing billed.
    mutating func next(chunkSize: Int = 64 * 1024) -> [UInt8]? {
        guard nextHour < report.hours.upperBound else { return nil }
        var writer = JSONWriter(capacity: chunkSize + 4096)
        while nextHour < report.hours.upperBound && writer.bytes.count < chunkSize {
            writeNextBucket(to: &writer)
        }
        return writer.bytes
    }

    /// The same instant as `wallClock` (Moscow) written as UTC with `Z`, with `+03:00`, or with
    /// fractional seconds.
    private static func appendSuffixed(_ wallClock: WallClockTime, variant: Int, to label: inout [UInt8]) {
        switch variant {
        case 0:
            WallClockTime(seconds: wallClock.utcSecondsFromMoscow).append(to: &label)
            label.append(UInt8(ascii: "Z"))
        case 1:
            wallClock.append(to: &label)
            label += Array("+03:00".utf8)
        default:
            wallClock.append(to: &label)
            label += Array(".000000".utf8)
        }
    }

    /// Sums the hours of the bucket starting at `nextHour` and writes its non-zero rows.
    private mutating func writeNextBucket(to writer: inout JSONWriter) {
        let bucket = report.bucket(ofHour: nextHour)
        for index in values.indices {
            values[index] = 0
            quantities[index] = 0
        }
        var hour = nextHour
        while hour < report.hours.upperBound && report.bucket(ofHour: hour) == bucket {
            for (index, item) in report.series.enumerated() where item.isBilled(hour: hour) {
                let usage = item.usage(hour: hour)
                let group = report.groupOfSeries[index]
                values[group] += usage.kopecks
                quantities[group] += usage.quantityThousandths
            }
            hour += 1
        }
        nextHour = hour

        var label: [UInt8] = []
        let wallClock = max(bucket ?? report.start, report.start)
        if report.suffixedPeriods {
            Self.appendSuffixed(wallClock, variant: bucketsWritten % 3, to: &label)
        } else {
            wallClock.append(to: &label)
        }
        bucketsWritten += 1
        for (group, template) in report.templates.enumerated() where values[group] != 0 {
            if hasWrittenRow {
                writer.raw(",")
            }
            template.write(value: values[group], period: label, quantityThousandths: quantities[group], to: &writer)
            hasWrittenRow = true
        }
    }
}
