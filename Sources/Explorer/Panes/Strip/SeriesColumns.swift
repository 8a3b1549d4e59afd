/// How the time-series buckets fall into the strip's columns: when there are more buckets than
/// cells, neighbouring buckets share a column (the same split the strip draws and Enter narrows to).
public struct SeriesColumns: Hashable, Sendable {
    /// How many buckets the series has.
    public let bucketCount: Int
    /// How many consecutive buckets each column sums (the last column may hold fewer).
    public let bucketsPerColumn: Int

    /// The columns for `bucketCount` buckets in a strip `width` cells wide.
    public init(bucketCount: Int, width: Int) {
        self.bucketCount = max(0, bucketCount)
        let cells = max(1, width)
        bucketsPerColumn = max(1, (self.bucketCount + cells - 1) / cells)
    }

    /// How many columns there are.
    public var count: Int { (bucketCount + bucketsPerColumn - 1) / bucketsPerColumn }

    /// The buckets column `column` sums; empty when there is no such column.
    public func buckets(ofColumn column: Int) -> Range<Int> {
        guard column >= 0, column < count else { return 0..<0 }
        let start = column * bucketsPerColumn
        return start..<min(bucketCount, start + bucketsPerColumn)
    }
}
