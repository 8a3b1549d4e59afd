import CostCore
import Foundation

/// One row of `vm_stats` as read: names as codes into the reader's ``NameTable`` (-1 when
/// absent) and its breakdown as flat lists. One value is reused for every row of an answer,
/// so a row costs no allocation for names seen before and no array per item.
struct OnAppRowFields {
    /// A breakdown item: its group (an index into ``groups``), `id`, `label` and its costs
    /// (a run of ``costs``).
    struct Item {
        var group: Int32
        var id: Int32
        var label: Int32
        var costs: Range<Int>
    }

    /// One entry of an item's `costs`.
    struct Cost {
        var resourceName: Int32
        var value: Amount?
        var cost: Amount
        var resourceID: Int32
    }

    var rootKey: Int32 = -1
    var statTime = Date(timeIntervalSince1970: 0)
    var currencyCode: Int32 = -1
    var totalCost = Amount.zero
    var usageCost: Amount?
    var vmResourcesCost: Amount?
    var userID: Int32 = -1
    var virtualMachineID: Int32 = -1
    /// The breakdown's group names, in the order first met: items of the same group name are
    /// one group, so every shape of `billing_stats` gives the same groups.
    private(set) var groups: [Int32] = []
    private(set) var items: [Item] = []
    private(set) var costs: [Cost] = []

    /// Clears the row for the next one, keeping the lists' storage.
    mutating func reset() {
        rootKey = -1
        currencyCode = -1
        totalCost = .zero
        usageCost = nil
        vmResourcesCost = nil
        userID = -1
        virtualMachineID = -1
        groups.removeAll(keepingCapacity: true)
        items.removeAll(keepingCapacity: true)
        costs.removeAll(keepingCapacity: true)
    }

    /// The index of group `name`, added when new (an empty group is a group, as sent).
    @discardableResult
    mutating func group(_ name: Int32) -> Int32 {
        if let index = groups.firstIndex(of: name) { return Int32(index) }
        groups.append(name)
        return Int32(groups.count - 1)
    }

    /// Where the next item's costs start: read its costs with ``addCost(_:)``, then end it
    /// with ``addItem(group:id:label:costsFrom:)``.
    var nextCost: Int { costs.count }

    mutating func addCost(_ cost: Cost) { costs.append(cost) }

    /// Adds an item of group `name` whose costs are those added since `start`.
    mutating func addItem(group name: Int32, id: Int32, label: Int32, costsFrom start: Int) {
        items.append(Item(group: group(name), id: id, label: label, costs: start..<costs.count))
    }

    /// The items in record order: group by group in the order groups were first met, each
    /// group's items in answer order.
    func itemsInOrder(_ body: (Item) throws(ProviderError) -> Void) throws(ProviderError) {
        for group in groups.indices {
            for item in items where item.group == Int32(group) { try body(item) }
        }
    }

    /// Whether the row carries at least one cost entry in its breakdown.
    var hasBreakdown: Bool { !costs.isEmpty }
}

/// What receives an answer's rows as they are read.
protocol OnAppRowSink {
    /// The table the row's names are codes into.
    var names: NameTable { get set }
    /// Takes row `index` of the answer (valid only during the call: the fields are reused).
    mutating func take(_ row: OnAppRowFields, index: Int)
}

extension OnAppRowFields {
    /// The fields of a decoded row, its names coded in `names`.
    init(_ row: OnAppHourlyStat, names: inout NameTable) {
        func code(_ text: String?) -> Int32 { text.map { names.code(of: $0) } ?? -1 }
        rootKey = code(row.rootKey)
        statTime = row.statTime
        currencyCode = code(row.currencyCode)
        totalCost = row.totalCost
        usageCost = row.usageCost
        vmResourcesCost = row.vmResourcesCost
        userID = code(row.userID)
        virtualMachineID = code(row.virtualMachineID)
        for group in row.billingStats {
            let name = code(group.name)
            self.group(name)
            for item in group.items {
                let start = nextCost
                for entry in item.costs {
                    addCost(
                        Cost(
                            resourceName: code(entry.resourceName), value: entry.value, cost: entry.cost,
                            resourceID: code(entry.resourceID)))
                }
                addItem(group: name, id: code(item.id), label: code(item.label), costsFrom: start)
            }
        }
    }
}

/// Collects rows as ``OnAppHourlyStat``s, for the decoders' `decode` functions.
struct OnAppRowCollector: OnAppRowSink {
    var names = NameTable()
    var rows: [OnAppHourlyStat] = []

    mutating func take(_ fields: OnAppRowFields, index: Int) {
        var row = OnAppHourlyStat(
            rootKey: names[fields.rootKey], statTime: fields.statTime, currencyCode: names[fields.currencyCode],
            totalCost: fields.totalCost, usageCost: fields.usageCost, vmResourcesCost: fields.vmResourcesCost,
            userID: names.name(fields.userID), virtualMachineID: names.name(fields.virtualMachineID))
        row.billingStats = fields.groups.enumerated().map { index, name in
            OnAppBillingGroup(
                name: names[name],
                items: fields.items.filter { $0.group == Int32(index) }.map { item in
                    OnAppBillingItem(
                        id: names[item.id], label: names.name(item.label),
                        costs: fields.costs[item.costs].map {
                            OnAppResourceCost(
                                resourceName: names[$0.resourceName], value: $0.value, cost: $0.cost,
                                resourceID: names.name($0.resourceID))
                        })
                })
        }
        rows.append(row)
    }
}
