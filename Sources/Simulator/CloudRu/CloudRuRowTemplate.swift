/// The constant parts of one series' consumption rows, rendered to JSON once so that each row
/// only needs its date, money, quantity (and, for v2, key and update time) filled in.
///
/// A v1 row looks like (fields in the order of the documentation's example):
/// `{"dog_id":"4812345","dmid":523114,"sku":"evolution.compute.vcpu","servname":"Виртуальные машины",
/// "resource_id":"…","resource_name":"web-01","usedate":"2024-06-01T00:00:00Z","amount":55.68,
/// "amount_nds":67.9296,"cost":0.58,"unit":"vCPU*ч","usefact":96,"platform":"Evolution",
/// "meta":{"availability_zone":"ru.AZ-1","flavor":"gen-3-4-8"}}`
/// and v2 adds `"encode_id":"<32 hex>","updated_dt":"2024-06-02T03:12:45.123Z","is_delete":false`.
struct CloudRuRowTemplate: Sendable {
    /// From `{` up to the opening quote of `usedate`'s value.
    let head: [UInt8]
    /// From `,"cost":` up to and including `"usefact":`.
    let middle: [UInt8]
    /// `platform` and `meta`, without the closing brace of the row.
    let tail: [UInt8]
    /// ``middle`` with `unit` as an object, for `cloudru-odd-fields`.
    let oddMiddle: [UInt8]
    /// ``tail`` with a nested object in `meta`, for `cloudru-odd-fields`.
    let oddTail: [UInt8]
    /// The series, for its row keys.
    let series: CloudRuSeries

    /// Renders the template of `series`.
    init(series: CloudRuSeries, dataset: CloudRuDataset) {
        let resource = dataset.resources[series.resourceIndex]
        var head = JSONWriter()
        head.raw("{\"dog_id\":")
        head.string(dataset.contractID)
        head.raw(",\"dmid\":")
        head.integer(Int64(resource.dmid))
        head.raw(",\"sku\":")
        head.string(series.sku.id)
        head.raw(",\"servname\":")
        head.string(series.sku.service)
        head.raw(",\"resource_id\":")
        head.string(resource.id)
        head.raw(",\"resource_name\":")
        head.string(resource.name)
        head.raw(",\"usedate\":\"")
        self.head = head.bytes

        var middle = JSONWriter()
        middle.raw(",\"cost\":")
        middle.decimal(micros: series.sku.rateMicros)
        middle.raw(",\"unit\":")
        middle.string(series.sku.unit)
        middle.raw(",\"usefact\":")
        self.middle = middle.bytes

        var oddMiddle = JSONWriter()
        oddMiddle.raw(",\"cost\":")
        oddMiddle.decimal(micros: series.sku.rateMicros)
        oddMiddle.raw(",\"unit\":{\"name\":")
        oddMiddle.string(series.sku.unit)
        oddMiddle.raw("},\"usefact\":")
        self.oddMiddle = oddMiddle.bytes

        self.tail = Self.tail(platform: series.sku.platform, meta: resource.meta, nested: false)
        self.oddTail = Self.tail(platform: series.sku.platform, meta: resource.meta, nested: true)
        self.series = series
    }

    /// `,"platform":…,"meta":{…}`, with `"labels":{"team":"core"}` first when `nested`.
    private static func tail(platform: String, meta: [String: String], nested: Bool) -> [UInt8] {
        var tail = JSONWriter()
        tail.raw(",\"platform\":")
        tail.string(platform)
        tail.raw(",\"meta\":{")
        if nested {
            tail.raw("\"labels\":{\"team\":\"core\"}")
        }
        for (index, key) in meta.keys.sorted().enumerated() {
            tail.raw(index == 0 && !nested ? "" : ",")
            tail.string(key)
            tail.raw(":")
            tail.string(meta[key] ?? "")
        }
        tail.raw("}")
        return tail.bytes
    }
}
