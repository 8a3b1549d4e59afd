/// The panes that can hold keyboard focus, in Tab order.
public enum Pane: String, CaseIterable, Sendable, Hashable {
    case accounts, range, grouping, chart
    /// The time-series strip under the chart: a bucket cursor, Enter narrows the range.
    case series

    /// The pane's title.
    public var title: String {
        switch self {
        case .accounts: "Accounts"
        case .range: "Range"
        case .grouping: "Group by"
        case .chart: "Spend"
        case .series: "Cost over time"
        }
    }

    /// The panes that list rows or choices, moved through with ↑ ↓ (all but the strip).
    public static let lists: Set<Pane> = [.accounts, .range, .grouping, .chart]
}
