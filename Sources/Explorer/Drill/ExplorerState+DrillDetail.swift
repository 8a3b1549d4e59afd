import CostCore

extension ExplorerState {
    /// What the current level shows besides bars, computed once per table rebuild.
    func computeDrillDetail() -> DrillDetail? {
        let current = level
        if provider(at: current) == .onapp, let usage = onAppVMUsage(at: current) { return .onAppUsage(usage) }
        guard current.dimension == .metric, let provider = provider(at: current) else { return nil }
        let oneObject = current.filters.contains { $0.dimension == .object && !$0.includesChildren }
        switch provider {
        case .seeweb where oneObject:
            return .seewebServer(SeewebMonthSplit.splits(of: recordsAtLevel(current), now: now))
        case .cloudru:
            return .quantities(leafDetails(at: current), showsTariff: true)
        case .f5xc:
            return .quantities(leafDetails(at: current), showsTariff: false)
        case .selectel where oneObject:
            return .quantities(leafDetails(at: current), showsTariff: false)
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
        let mask = records.seriesPassing(filters: level.filters, excludedAccounts: excludedAccounts)
        return records.records(at: records.indices(passing: mask, middleIn: range))
    }

    /// Quantity, unit and tariff per metric row at `level`.
    private func leafDetails(at level: DrillLevel) -> [String: LeafRowDetail] {
        var details: [String: LeafRowDetail] = [:]
        for record in recordsAtLevel(level) {
            let id = (record.metric?.id ?? GroupKey.unassigned.id) + "\u{1F}" + record.amount.currency.code
            details[id, default: LeafRowDetail()].add(record)
        }
        return details
    }
}
