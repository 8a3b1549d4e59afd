import CostCore
import Foundation

/// An answer's rows appended to a ``SpendStore`` as they are read, as
/// ``OnAppClient/records(from:)`` documents.
///
/// A row arrives as name codes (``OnAppRowFields``); what its records share besides the hour,
/// amount and quantity is their series (``OnAppSeriesKey``, a few integers), coded in the store
/// once. The first problem with the money (a `currency_code` that is no currency, sums too
/// large to hold) is kept and thrown by ``finished()``; rows after it are not taken, so a
/// malformed answer is still reported as such first by the reader.
struct OnAppSpendBuilder: OnAppRowSink {
    var names = NameTable()
    private(set) var store = SpendStore()
    /// Rows kept (their hour in the window).
    private(set) var keptRows = 0
    /// Rows are kept only when their hour starts in `window` (every row when nil); every row is
    /// checked, kept or not.
    var window: DateRange?
    private let account: String
    private var failure: ProviderError?
    private var seriesCodes = SpendStore.SeriesMemo<OnAppSeriesKey>()
    private var currencies: [Int32: Currency] = [:]
    private let serversGroup: Int32
    private let unattributed: Int32

    init(account: String) {
        self.account = account
        serversGroup = names.code(of: "virtual_machines")
        unattributed = names.code(of: OnAppClient.unattributedMetric)
    }

    /// The store, or the first problem met.
    func finished() throws(ProviderError) -> SpendStore {
        if let failure { throw failure }
        return store
    }

    mutating func take(_ row: OnAppRowFields, index: Int) {
        guard failure == nil else { return }
        do {
            try append(row, index: index)
        } catch {
            failure = error
        }
    }

    private mutating func append(_ row: OnAppRowFields, index: Int) throws(ProviderError) {
        let currency = try currency(of: row, index: index)
        let kept = window?.contains(row.statTime) ?? true
        if kept { keptRows += 1 }
        let hour = DateRange(start: row.statTime, end: row.statTime.addingTimeInterval(3_600))
        var base = OnAppSeriesKey(currency: currency, userID: row.userID, virtualMachineID: row.virtualMachineID)
        if row.virtualMachineID >= 0 {
            base.serverLabel =
                row.items.first { item in
                    row.groups[Int(item.group)] == serversGroup && item.id == row.virtualMachineID
                }?.label ?? -1
        }
        // The row's usage_cost goes with the first record made from it, in the store's
        // second-amount column (SpendStore.secondAmountFields), so rows share series.
        var usage = row.usageCost.flatMap { $0.isZero ? nil : $0 }
        var attributed = Amount.zero
        try row.itemsInOrder { item throws(ProviderError) in
            for entry in row.costs[item.costs] {
                guard let sum = OnAppClient.add(attributed, entry.cost) else {
                    throw mappingError("[\(index)]: the breakdown's costs are too large to add up")
                }
                attributed = sum
                guard kept, !entry.cost.isZero else { continue }
                var key = base
                key.group = row.groups[Int(item.group)]
                key.itemID = item.id
                key.itemLabel = item.label
                key.metric = entry.resourceName
                key.resourceID = entry.resourceID
                append(key, hour: hour, amount: entry.cost, quantity: entry.value, usage: usage)
                usage = nil
            }
        }
        guard let rest = OnAppClient.subtract(row.totalCost, attributed) else {
            throw mappingError("[\(index)]: total_cost and the breakdown are too large to compare")
        }
        guard kept, !rest.isZero else { return }
        var key = base
        key.metric = row.hasBreakdown ? unattributed : -1
        append(key, hour: hour, amount: rest, quantity: nil, usage: usage)
    }

    private mutating func currency(of row: OnAppRowFields, index: Int) throws(ProviderError) -> Currency {
        if let known = currencies[row.currencyCode] { return known }
        let code = names[row.currencyCode]
        guard let currency = Currency(code: code) else {
            throw mappingError("[\(index)].currency_code \(ServerText.quote(code, limit: 16)) is not a currency code")
        }
        currencies[row.currencyCode] = currency
        return currency
    }

    private mutating func append(
        _ key: OnAppSeriesKey, hour: DateRange, amount: Amount, quantity: Amount?, usage: Amount?
    ) {
        var key = key
        key.carriesUsageCost = usage != nil
        let names = names
        let code = seriesCodes.code(of: key, in: &store) { store in
            Self.seriesCode(of: key, names: names, account: account, in: &store)
        }
        store.append(series: code, period: hour, amount: amount, quantity: quantity, secondAmount: usage)
    }

    /// The series of `key`: object the breakdown item (typed by its group, nested under the
    /// row's server unless it is the server) or, for a row's rest, the server; metric, service
    /// and the native fields as ``OnAppClient/records(from:)`` documents.
    private static func seriesCode(
        of key: OnAppSeriesKey, names: NameTable, account: String, in store: inout SpendStore
    ) -> UInt32 {
        let server = names.name(key.virtualMachineID).map {
            ObjectRef(id: "virtual_machine:\($0)", name: names.name(key.serverLabel), type: "virtual_machine")
        }
        var object = server
        var service: String?
        if key.group >= 0 {
            let group = names[key.group]
            service = group
            let type = OnAppBillingGroup.itemType(ofGroup: group)
            let id = "\(type):\(names[key.itemID])"
            let label = names.name(key.itemLabel)
            if let server, server.id != id {
                object = ObjectRef(id: id, name: label, type: type, parentID: server.id, parentName: server.name)
            } else {
                object = ObjectRef(id: id, name: label, type: type)
            }
        }
        var native: [String: String] = [:]
        if let userID = names.name(key.userID) { native["user_id"] = userID }
        if let machineID = names.name(key.virtualMachineID) { native["virtual_machine_id"] = machineID }
        if let itemID = names.name(key.itemID) { native["item_id"] = itemID }
        if let resourceID = names.name(key.resourceID) { native["resource_id"] = resourceID }
        return store.seriesCode(
            provider: .onapp, account: account, object: object,
            metric: names.name(key.metric).map { EntityRef(id: $0) },
            service: service, currency: key.currency, native: native,
            secondAmountName: key.carriesUsageCost ? OnAppClient.usageCostKey : nil)
    }

    private func mappingError(_ detail: String) -> ProviderError {
        ProviderError(provider: .onapp, account: account, endpoint: "", kind: .malformedResponse(detail))
    }
}

/// What the records of one OnApp series share: everything but the hour, amount and quantity,
/// as codes into the builder's names (-1 when absent).
struct OnAppSeriesKey: Hashable {
    var currency: Currency
    var userID: Int32
    var virtualMachineID: Int32
    /// The label of the row's server in its `virtual_machines` group.
    var serverLabel: Int32 = -1
    /// The breakdown group, -1 for the record of a row's rest.
    var group: Int32 = -1
    var itemID: Int32 = -1
    var itemLabel: Int32 = -1
    var metric: Int32 = -1
    var resourceID: Int32 = -1
    /// Whether the records carry their row's `usage_cost` (the first record of a row).
    var carriesUsageCost = false
}
