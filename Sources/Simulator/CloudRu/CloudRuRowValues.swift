/// The computed values of one consumption row, before rendering: integers only, so that a
/// page of 30 000 rows is cheap to produce and every decimal stays exact.
struct CloudRuRowValues: Sendable, Hashable {
    /// The series (index into the dataset's series).
    let series: Int
    /// The `usedate`, in days since 1970 (UTC).
    let day: Int64
    /// The quantum within the day (0 for daily SKUs).
    let quantum: Int
    /// `usefact` in millionths of the unit.
    let quantityMicros: Int64
    /// `amount` (without VAT) in micro-roubles.
    let amountMicros: Int64
    /// `amount_nds` (with VAT) in micro-roubles.
    let amountWithVATMicros: Int64
    /// `updated_dt`: milliseconds since 1970 (UTC).
    let updatedMillis: Int64
    /// `is_delete`: the row was deleted by a restatement (served by v2 only).
    let isDeleted: Bool
}
