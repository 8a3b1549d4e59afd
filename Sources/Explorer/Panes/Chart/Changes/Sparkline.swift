import CostCore
import Foundation

/// A row's series over the range in a few block characters (`▁▂▃▄▅▆▇█`, or `.:-=#` in ASCII):
/// the height of each cell is its share of the row's largest cell. A cell without data (no
/// record at all in its buckets, or buckets still in the future) is blank; a cell with data
/// but no spend is `·` (`_` in ASCII), so a gap never reads as zero.
enum Sparkline {
    /// Terminals at least this wide show the sparkline column.
    static let minimumTerminalWidth = 120
    /// The widest sparkline drawn.
    static let maximumWidth = 16

    /// The levels from lowest to highest.
    static func levels(ascii: Bool) -> [String] {
        ascii ? [".", ":", "-", "=", "#"] : ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    }

    /// The cell drawn for a bucket with data and no spend.
    static func zero(ascii: Bool) -> String { ascii ? "_" : "·" }

    /// `values` (one per bucket) drawn in at most `width` cells; buckets are merged into cells
    /// when there are more of them. `hasData[i]` says whether bucket `i` has any data.
    static func text(values: [Amount], hasData: [Bool], width: Int, ascii: Bool) -> String {
        guard width > 0, !values.isEmpty else { return "" }
        let perCell = max(1, (values.count + width - 1) / width)
        var cells: [Amount?] = []
        cells.reserveCapacity(width)
        var index = 0
        while index < values.count {
            let end = min(values.count, index + perCell)
            var sum = Amount.zero
            var anyData = false
            for bucket in index..<end where bucket < hasData.count && hasData[bucket] {
                sum += values[bucket]
                anyData = true
            }
            cells.append(anyData ? sum : nil)
            index = end
        }
        let peak = cells.compactMap { $0 }.max() ?? .zero
        let steps = levels(ascii: ascii)
        return cells.map { cell -> String in
            guard let cell else { return " " }
            guard cell > .zero, let ratio = cell.ratio(to: peak) else { return zero(ascii: ascii) }
            let level = Int((ratio * Double(steps.count - 1)).rounded())
            return steps[min(steps.count - 1, max(0, level))]
        }.joined()
    }
}
