/// Writes consumption rows as JSON objects for one API version, from per-series templates.
struct CloudRuRowRenderer: Sendable {
    private let templates: [CloudRuRowTemplate]
    private let version: CloudRuAPIVersion
    private let shape: CloudRuServedShape
    private var cachedDay: Int64 = .min
    private var dayText: [UInt8] = []

    /// A renderer for `version` over `templates` (one per series, indexed like the series), in
    /// the served `shape`.
    init(templates: [CloudRuRowTemplate], version: CloudRuAPIVersion, shape: CloudRuServedShape = CloudRuServedShape())
    {
        self.templates = templates
        self.version = version
        self.shape = shape
    }

    /// Appends `row` as one JSON object (no separator).
    mutating func write(_ row: CloudRuRowValues, to writer: inout JSONWriter) {
        let template = templates[row.series]
        if row.day != cachedDay {
            dayText.removeAll(keepingCapacity: true)
            if shape.zoneMidnight {
                CloudRuTimestamp.appendInstant(
                    row.day * CloudRuTimestamp.millisPerDay - shape.stampOffsetMillis, to: &dayText)
            } else {
                CloudRuTimestamp.appendDay(row.day, to: &dayText)
            }
            cachedDay = row.day
        }
        writer.raw(template.head)
        writer.raw(dayText)
        writer.raw("\",\"amount\":")
        writer.decimal(micros: row.amountMicros)
        writer.raw(",\"amount_nds\":")
        writer.decimal(micros: row.amountWithVATMicros)
        if shape.oddFields && template.series.index % 4 == 0 {
            writer.raw(template.oddMiddle)
            writer.raw("\"n/a\"")
            writer.raw(template.oddTail)
        } else {
            writer.raw(template.middle)
            writer.decimal(micros: row.quantityMicros)
            writer.raw(template.tail)
        }
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
