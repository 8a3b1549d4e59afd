/// Writes consumption rows as JSON objects for one API version, from per-series templates.
struct CloudRuRowRenderer: Sendable {
    private let templates: [CloudRuRowTemplate]
    private let version: CloudRuAPIVersion
    private var cachedDay: Int64 = .min
    private var dayText: [UInt8] = []

    /// A renderer for `version` over `templates` (one per series, indexed like the series).
    init(templates: [CloudRuRowTemplate], version: CloudRuAPIVersion) {
        self.templates = templates
        self.version = version
    }

    /// Appends `row` as one JSON object (no separator).
    mutating func write(_ row: CloudRuRowValues, to writer: inout JSONWriter) {
        let template = templates[row.series]
        if row.day != cachedDay {
            dayText.removeAll(keepingCapacity: true)
            CloudRuTimestamp.appendDay(row.day, to: &dayText)
            cachedDay = row.day
        }
        writer.raw(template.head)
        writer.raw(dayText)
        writer.raw("\",\"amount\":")
        writer.decimal(micros: row.amountMicros)
        writer.raw(",\"amount_nds\":")
        writer.decimal(micros: row.amountWithVATMicros)
        writer.raw(template.middle)
        writer.decimal(micros: row.quantityMicros)
        writer.raw(template.tail)
        if version == .v2 {
            let id = template.series.encodeID(day: row.day, quantum: row.quantum)
            writer.raw(",\"encode_id\":\"")
            writer.hex(id.high)
            writer.hex(id.low)
            writer.raw("\",\"updated_dt\":\"")
            CloudRuTimestamp.appendInstant(row.updatedMillis, to: &writer.bytes)
            writer.raw(row.isDeleted ? "\",\"is_delete\":true" : "\",\"is_delete\":false")
        }
        writer.raw("}")
    }
}
