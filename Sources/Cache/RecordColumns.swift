import CostCore
import GRDB

/// How a ``CostRecord`` maps to a row of the `record` table (``RecordRowReader`` reads it back).
enum RecordColumns {
    /// The columns written for a record, after `piece_id` and `generation`, in order.
    static let names = [
        "row_key", "provider", "account", "project_id", "project_name", "object_id", "object_name", "object_type",
        "object_parent_id", "object_parent_name", "metric_id", "metric_name", "region", "service", "period_start_ms",
        "period_end_ms", "amount", "currency", "quantity", "unit", "native",
    ]

    /// The provider field that is a stable row key, kept across restatements (Cloud.ru v2).
    static let rowKeyField = "encode_id"

    /// The values of ``names`` for `record`.
    static func values(of record: CostRecord) -> [(any DatabaseValueConvertible)?] {
        [
            record.native[rowKeyField], record.provider.rawValue, record.account, record.project?.id,
            record.project?.name, record.object?.id, record.object?.name, record.object?.type,
            record.object?.parentID, record.object?.parentName, record.metric?.id, record.metric?.name,
            record.region, record.service, MillisecondTime.milliseconds(record.period.start),
            MillisecondTime.milliseconds(record.period.end), record.amount.amount.description,
            record.amount.currency.code, record.quantity?.description, record.unit,
            NativeFields.encode(record.native),
        ]
    }
}
