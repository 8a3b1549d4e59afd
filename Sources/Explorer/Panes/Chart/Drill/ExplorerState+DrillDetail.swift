import CostCore

extension ExplorerState {
    /// What the current level shows besides bars, computed once per table rebuild.
    func computeDrillDetail() -> DrillDetail? {
        let current = level
        guard let provider = provider(at: current) else { return nil }
        let traits = providers[provider]
        if traits.keepsUsageCost, let usage = onAppVMUsage(at: current) { return .onAppUsage(usage) }
        guard current.dimension == .metric else { return nil }
        let oneObject = current.filters.contains { $0.dimension == .object && !$0.includesChildren }
        switch traits.metricDetail {
        case .monthSplit where oneObject:
            return .seewebServer(SeewebMonthSplit.splits(of: recordsAtLevel(current), now: screen.now))
        case .quantities(let showsTariff, let oneObjectOnly) where oneObject || !oneObjectOnly:
            return .quantities(leafDetails(at: current), showsTariff: showsTariff)
        default:
            return nil
        }
    }

    /// The `usage_cost` kept in the records of the one OnApp VM `level` drills into (the VM
    /// with its disks and interfaces, before any narrower filter); nil at other levels or when
    /// no record keeps one.
    private func onAppVMUsage(at level: DrillLevel) -> MoneyTotals? {
        guard level.filters.count == 1, let filter = level.filters.first, filter.dimension == .object,
            filter.includesChildren
        else { return nil }
        let usage = recordsAtLevel(level).compactMap { record -> Money? in
            guard let text = record.native[CostRecord.onAppUsageCostKey], let amount = Amount(text) else { return nil }
            return Money(amount, record.amount.currency)
        }
        return usage.isEmpty ? nil : MoneyTotals(usage)
    }

    /// The records in view, in range, that pass `level`'s filters.
    private func recordsAtLevel(_ level: DrillLevel) -> [CostRecord] {
        let mask = load.records.seriesPassing(filters: level.filters, excludedAccounts: query.excludedAccounts)
        return load.records.records(at: load.records.indices(passing: mask, middleIn: query.range))
    }

    /// Quantity, unit and tariff per metric row at `level`.
    private func leafDetails(at level: DrillLevel) -> [String: LeafRowDetail] {
        let store = load.records
        let mask = store.seriesPassing(filters: level.filters, excludedAccounts: query.excludedAccounts)
        // What a record's series says (its row, unit and tariff) is read once per series; a
        // record adds only its quantity.
        var slotByID: [String: Int] = [:]
        var slotOfSeries = Array(repeating: -1, count: store.series.count)
        var units = [String?](repeating: nil, count: store.series.count)
        var tariffs = [Amount?](repeating: nil, count: store.series.count)
        for (code, series) in store.series.enumerated() where mask[code] {
            let id = store.groupID(of: series, along: .metric) + "\u{1F}" + store.currency(of: series).code
            let slot = slotByID[id] ?? slotByID.count
            slotByID[id] = slot
            slotOfSeries[code] = slot
            units[code] = store.unit(of: series)
            tariffs[code] = store.native(of: series)["tariff"].flatMap { Amount($0) }
        }
        var details = Array(repeating: LeafRowDetail(), count: slotByID.count)
        var seen = Array(repeating: false, count: slotByID.count)
        store.forEachIndex(passing: mask, middleIn: query.range) { index in
            let code = Int(store.seriesCodes[index])
            let slot = slotOfSeries[code]
            let quantity =
                store.quantities.isEmpty || store.quantities[index] == SpendStore.none
                ? nil : Amount(units: store.quantities[index])
            details[slot].add(quantity: quantity, unit: units[code], tariff: tariffs[code])
            seen[slot] = true
            return true
        }
        var result: [String: LeafRowDetail] = [:]
        for (id, slot) in slotByID where seen[slot] { result[id] = details[slot] }
        return result
    }
}

/// What the finest level of a provider's drill path shows besides bars.
public enum DrillDetail: Hashable, Sendable {
    /// Quantity and unit (and, for Cloud.ru, the tariff) per row, keyed by ``GroupRow/id``.
    case quantities([String: LeafRowDetail], showsTariff: Bool)
    /// One Seeweb server's months split into online, offline and reserved parts.
    case seewebServer([SeewebMonthSplit])
    /// The metered part (`usage_cost`) of one OnApp VM's spend in view, per currency, shown
    /// beside the total.
    case onAppUsage(MoneyTotals)
}
