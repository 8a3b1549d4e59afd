import CostCore

/// The open "what changed" list (`w`): the current level's detected changes, largest money
/// impact first within each currency, and the highlighted entry.
public struct ChangesOverlay: Equatable, Sendable {
    /// One detected change of one chart row.
    public struct Entry: Equatable, Sendable {
        /// The chart row's id (group id and currency).
        public var rowID: String
        /// The chart row's label.
        public var rowLabel: String
        /// The row's currency.
        public var currency: Currency
        /// The change.
        public var event: ChangeEvent
    }

    /// The entries: in blocks per currency (in the chart's currency order), each by |Δ|, largest first.
    public var entries: [Entry]
    /// The highlighted entry.
    public var cursor = 0

    /// The list of `events` for `rows` (in chart order), ranked by |Δ| only within a currency.
    public init(rows: [GroupRow], events: RowEvents) {
        var currencies: [Currency] = []
        var byCurrency: [Currency: [Entry]] = [:]
        for row in rows {
            guard let rowEvents = events.byRow[row.id] else { continue }
            if byCurrency[row.currency] == nil { currencies.append(row.currency) }
            byCurrency[row.currency, default: []] += rowEvents.map {
                Entry(rowID: row.id, rowLabel: row.key.label, currency: row.currency, event: $0)
            }
        }
        entries = currencies.flatMap { currency in
            (byCurrency[currency] ?? []).sorted { lhs, rhs in
                let left = lhs.event.delta.magnitude
                let right = rhs.event.delta.magnitude
                return left != right ? left > right : lhs.rowLabel < rhs.rowLabel
            }
        }
    }

    /// The highlighted entry, if any.
    public var selected: Entry? { entries.indices.contains(cursor) ? entries[cursor] : nil }
}
