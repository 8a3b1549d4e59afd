import CostCore
import GRDB

/// How a ``CostRecord`` maps to a row of the `record` table and back.
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

    /// The record stored in `row`, or an error naming the column that cannot be read back.
    static func record(from row: Row) throws(CacheError) -> CostRecord {
        let providerText: String = row["provider"]
        guard let provider = ProviderKind(rawValue: providerText) else {
            throw CacheError("a cached record names an unknown provider '\(providerText)'")
        }
        let amountText: String = row["amount"]
        let currencyText: String = row["currency"]
        guard let amount = Amount(amountText), let currency = Currency(code: currencyText) else {
            throw CacheError("a cached record has an unreadable amount '\(amountText) \(currencyText)'")
        }
        let quantityText: String? = row["quantity"]
        let quantity = quantityText.flatMap { Amount($0) }
        let projectID: String? = row["project_id"]
        let objectID: String? = row["object_id"]
        let metricID: String? = row["metric_id"]
        return CostRecord(
            provider: provider, account: row["account"],
            project: projectID.map { EntityRef(id: $0, name: row["project_name"]) },
            object: objectID.map {
                ObjectRef(
                    id: $0, name: row["object_name"], type: row["object_type"], parentID: row["object_parent_id"],
                    parentName: row["object_parent_name"])
            },
            metric: metricID.map { EntityRef(id: $0, name: row["metric_name"]) }, region: row["region"],
            service: row["service"],
            period: DateRange(
                start: MillisecondTime.date(row["period_start_ms"]), end: MillisecondTime.date(row["period_end_ms"])),
            amount: Money(amount, currency), quantity: quantity, unit: row["unit"],
            native: NativeFields.decode(row["native"]))
    }
}
