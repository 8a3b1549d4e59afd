import CostCore
import Foundation

/// The changes ``ChangeDetector`` found in each chart row and in the whole view, for the
/// glyph column, the strip marks and the "what changed" list. Computed with the table,
/// never per frame.
public struct RowEvents: Equatable, Sendable {
    /// Events per row id whose last flagged bucket lies in the view's range, oldest first.
    public var byRow: [String: [ChangeEvent]]
    /// Events of the whole view's series per currency, under the same rule.
    public var byCurrency: [Currency: [ChangeEvent]]
    /// The start of every flagged bucket per row id, with its label.
    public var flaggedByRow: [String: [Date: ChangeLabel]]
    /// The start of every flagged bucket of the whole view per currency, with its label.
    public var flaggedByCurrency: [Currency: [Date: ChangeLabel]]

    /// Creates the events of rows and of the view.
    public init(
        byRow: [String: [ChangeEvent]], byCurrency: [Currency: [ChangeEvent]],
        flaggedByRow: [String: [Date: ChangeLabel]], flaggedByCurrency: [Currency: [Date: ChangeLabel]]
    ) {
        self.byRow = byRow
        self.byCurrency = byCurrency
        self.flaggedByRow = flaggedByRow
        self.flaggedByCurrency = flaggedByCurrency
    }

    /// Nothing detected (or detection not run for this granularity).
    public static let none = RowEvents(byRow: [:], byCurrency: [:], flaggedByRow: [:], flaggedByCurrency: [:])

    /// The row's most recent event, the one its glyph shows; nil when it has none.
    public func latest(of row: GroupRow) -> ChangeEvent? { byRow[row.id]?.last }

    /// Whether any row has an event (the glyph column is shown only then).
    public var anyRowFlagged: Bool { byRow.values.contains { !$0.isEmpty } }
}
