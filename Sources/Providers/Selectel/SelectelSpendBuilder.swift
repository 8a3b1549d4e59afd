import CostCore
import Foundation

/// A consumption answer's rows appended to a ``SpendStore`` as they are read.
///
/// A row arrives as name codes (``SelectelRowFields``); everything but its money, quantity and
/// period is its series, coded in the store once, on its first row, and a period is placed in
/// time once per distinct text. So a row costs one hash of a few integers and a few appends.
struct SelectelSpendBuilder: SelectelRowSink {
    var names = NameTable()
    private(set) var store = SpendStore()
    private(set) var places: SelectelRowPlacement
    private let account: String
    private let currency: Currency
    private var seriesCodes = SpendStore.SeriesMemo<SelectelRowFields>()
    private var periods: [Int32: DateRange] = [:]

    init(account: String, currency: Currency, places: SelectelRowPlacement) {
        self.account = account
        self.currency = currency
        self.places = places
    }

    mutating func take(_ row: SelectelRowFields, index: Int) {
        let period: DateRange
        if let known = periods[row.period] {
            period = known
        } else {
            let placed = places.period(of: names[row.period], index: index, amount: Money(row.value, currency))
            if placed.readable { periods[row.period] = placed.range }
            period = placed.range
        }
        let key = row.seriesKey
        let (names, account, currency) = (names, account, currency)
        let code = seriesCodes.code(of: key, in: &store) { store in
            Self.seriesCode(of: key, names: names, account: account, currency: currency, in: &store)
        }
        store.append(series: code, period: period, amount: row.value, quantity: row.quantity)
    }

    /// Takes a row the documented group types were combined into.
    mutating func take(_ placed: SelectelDocumentedGroups.Row, index: Int) {
        let row = placed.row
        var fields = SelectelRowFields()
        func code(_ text: String?) -> Int32 { text.map { names.code(of: $0) } ?? -1 }
        fields.accountID = code(row.accountID)
        fields.providerKey = code(row.providerKey)
        fields.period = code(row.period)
        fields.value = row.value
        if let project = row.project {
            fields.hasProject = true
            fields.projectID = code(project.id)
            fields.projectName = code(project.name)
        }
        if let object = row.object {
            fields.hasObject = true
            fields.objectID = code(object.id)
            fields.objectName = code(object.name)
            fields.objectType = code(object.type)
            fields.parentID = code(object.parentID)
            fields.parentName = code(object.parentName)
        }
        if let metric = row.metric {
            fields.hasMetric = true
            fields.metricID = code(metric.id)
            fields.metricName = code(metric.name)
            fields.quantity = metric.quantity
            fields.unit = code(metric.unit)
            fields.region = code(metric.region)
        }
        fields.provisionStart = code(row.provisionStart)
        fields.provisionEnd = code(row.provisionEnd)
        fields.foundRegion = code(placed.region)
        take(fields, index: index)
    }

    /// Project = `project`, object = `object` with its parent, metric = `metric`, region = the
    /// metric's (else the one the documented groups found), service = `provider_key`; `native`
    /// keeps `account_id`, `provider_key` and the provision times.
    private static func seriesCode(
        of row: SelectelRowFields, names: NameTable, account: String, currency: Currency, in store: inout SpendStore
    ) -> UInt32 {
        var native: [String: String] = [:]
        if let accountID = names.name(row.accountID) { native["account_id"] = accountID }
        if let key = names.name(row.providerKey) { native["provider_key"] = key }
        if let value = names.name(row.provisionStart) { native["provision_start"] = value }
        if let value = names.name(row.provisionEnd) { native["provision_end"] = value }
        return store.seriesCode(
            provider: .selectel,
            account: account,
            project: row.hasProject
                ? EntityRef(id: names.name(row.projectID) ?? "", name: names.name(row.projectName)) : nil,
            object: row.hasObject
                ? ObjectRef(
                    id: names.name(row.objectID) ?? "", name: names.name(row.objectName),
                    type: names.name(row.objectType), parentID: names.name(row.parentID),
                    parentName: names.name(row.parentName)) : nil,
            metric: row.hasMetric
                ? EntityRef(id: names.name(row.metricID) ?? "", name: names.name(row.metricName)) : nil,
            region: names.name(row.region) ?? names.name(row.foundRegion),
            service: names.name(row.providerKey),
            unit: names.name(row.unit),
            currency: currency,
            native: native)
    }
}
