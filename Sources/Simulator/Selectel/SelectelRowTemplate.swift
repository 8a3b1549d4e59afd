/// The constant parts of one group's statistics rows, rendered to JSON once per request so
/// that each row only needs its value, period and quantity filled in.
///
/// A row looks like:
/// `{"account_id":"123456","provider_key":"vpc","value":372,"period":"2024-05-01T00:00:00",
/// "project":{"id":"…","name":"production"},"metric":{"id":"compute_cores","name":"vCPU",
/// "quantity":4.04,"unit":"core·h","region":null},"object":{"id":"…","name":"web-01",
/// "type":"cloud_vm","parent_id":null,"parent_name":null},
/// "provision_start":"2023-03-02T05:00:00","provision_end":null}`
struct SelectelRowTemplate: Sendable {
    /// From `{` up to and including `"value":`.
    private let head: [UInt8]
    /// From the closing quote of `period` up to `"quantity":` (or to the end when no metric).
    private let middle: [UInt8]
    /// Whether a quantity follows `middle`.
    private let hasMetric: Bool
    /// Everything after the quantity.
    private let tail: [UInt8]

    /// Renders the template of the group `key`, described by one of its series.
    init(
        key: SelectelGroupKey,
        series: SelectelSeries,
        dataset: SelectelDataset,
        groupType: SelectelGroupType,
        locale: SelectelLanguage
    ) {
        var head = JSONWriter()
        head.raw("{\"account_id\":")
        head.string(dataset.accountID)
        head.raw(",\"provider_key\":")
        head.string(series.providerKey)
        head.raw(",\"value\":")
        self.head = head.bytes

        var middle = JSONWriter()
        middle.raw("\",\"project\":")
        if groupType.includesProject, let project = dataset.project(id: series.projectID) {
            middle.raw("{\"id\":")
            middle.string(project.id)
            middle.raw(",\"name\":")
            middle.string(project.name)
            middle.raw("}")
        } else {
            middle.raw("null")
        }
        middle.raw(",\"metric\":")
        hasMetric = groupType.includesMetric
        if hasMetric {
            middle.raw("{\"id\":")
            middle.string(series.metric.id)
            middle.raw(",\"name\":")
            middle.string(series.metric.name.text(locale))
            middle.raw(",\"quantity\":")
        } else {
            middle.raw("null")
        }
        self.middle = middle.bytes

        var tail = JSONWriter()
        if hasMetric {
            tail.raw(",\"unit\":")
            tail.string(series.metric.unit.text(locale))
            tail.raw(",\"region\":")
            tail.optionalString(groupType.includesRegion ? series.region : nil)
            tail.raw("}")
        }
        tail.raw(",\"object\":")
        let object = groupType.includesObject ? dataset.object(id: series.objectID) : nil
        if let object {
            tail.raw("{\"id\":")
            tail.string(object.id)
            tail.raw(",\"name\":")
            tail.optionalString(object.name)
            tail.raw(",\"type\":")
            tail.string(object.type)
            tail.raw(",\"parent_id\":")
            tail.optionalString(object.parentID)
            tail.raw(",\"parent_name\":")
            tail.optionalString(object.parentID.flatMap { dataset.object(id: $0)?.name })
            tail.raw("}")
        } else {
            tail.raw("null")
        }
        tail.raw(",\"provision_start\":")
        tail.optionalString(object.map { WallClockTime(moscowFromUTCSeconds: $0.createdHour * 3600).text })
        tail.raw(",\"provision_end\":")
        tail.optionalString(object?.deletedHour.map { WallClockTime(moscowFromUTCSeconds: $0 * 3600).text })
        tail.raw("}")
        self.tail = tail.bytes
    }

    /// Appends one row with the given value (kopecks), period label bytes and quantity.
    func write(value: Int64, period: [UInt8], quantityThousandths: Int64, to writer: inout JSONWriter) {
        writer.raw(head)
        writer.integer(value)
        writer.raw(",\"period\":\"")
        writer.raw(period)
        writer.raw(middle)
        if hasMetric {
            writer.decimal(thousandths: quantityThousandths)
        }
        writer.raw(tail)
    }
}
