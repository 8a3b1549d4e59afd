/// The panes that can hold keyboard focus, in Tab order.
public enum Pane: String, CaseIterable, Sendable, Hashable {
    case accounts, range, grouping, chart

    /// The pane's title.
    public var title: String {
        switch self {
        case .accounts: "Accounts"
        case .range: "Range"
        case .grouping: "Group by"
        case .chart: "Spend"
        }
    }
}
