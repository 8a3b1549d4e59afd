import CostCore

extension CloudRuBenchDataset {
    /// What one v1 page request asks for: a project, inclusive UTC days, a 1-based page and its size.
    struct PageRequest: Hashable, Sendable {
        let project: Int
        let firstDay: Int
        let lastDay: Int
        let page: Int
        let limit: Int
    }

    /// The rows of `project` on one day.
    func rowsPerDay(project: Int) -> Int {
        resourcesByProject[project].count * CloudRuBenchCatalog.skus.count
    }

    /// The v1 answer `{"consumptions":[…]}` for `request`: rows in day, resource, SKU order.
    func page(_ request: PageRequest) -> [UInt8] {
        let perDay = rowsPerDay(project: request.project)
        let dayCount = max(
            0, min(request.lastDay, Self.firstDay + Self.dayCount - 1) - max(request.firstDay, Self.firstDay) + 1)
        let total = perDay * dayCount
        let start = min(total, (request.page - 1) * request.limit)
        let end = min(total, start + request.limit)
        var writer = BenchJSONBytes(capacity: (end - start) * 420 + 64)
        writer.raw("{\"consumptions\":[")
        let baseDay = max(request.firstDay, Self.firstDay)
        var cachedDay = Int.min
        var dayText: [UInt8] = []
        let members = resourcesByProject[request.project]
        let skuCount = CloudRuBenchCatalog.skus.count
        for offset in start..<end {
            let day = baseDay + offset / perDay
            let within = offset % perDay
            if day != cachedDay {
                dayText = Array(RFC3339Day.text(day: day).utf8)
                cachedDay = day
            }
            if offset > start { writer.raw(",") }
            writeRow(
                resource: members[within / skuCount], sku: within % skuCount, day: day, dayText: dayText, to: &writer)
        }
        writer.raw("]}")
        return writer.bytes
    }

    /// Every page request a client reading `project` over `firstDay…lastDay` makes with
    /// pages of `limit` rows (v1: it reads on until an empty page).
    func pageRequests(project: Int, firstDay: Int, lastDay: Int, limit: Int) -> [PageRequest] {
        let days = max(0, min(lastDay, Self.firstDay + Self.dayCount - 1) - max(firstDay, Self.firstDay) + 1)
        let rows = rowsPerDay(project: project) * days
        let pages = rows / limit + 1 + (rows % limit == 0 ? 0 : 1)
        return (1...pages).map {
            PageRequest(project: project, firstDay: firstDay, lastDay: lastDay, page: $0, limit: limit)
        }
    }

    /// The exact sum of `amount_nds` over the days `firstDay…lastDay` (all projects when
    /// `project` is nil), computed from the generator's integers: the ground truth every
    /// decoded total is checked against.
    func groundTruthWithVAT(firstDay: Int = firstDay, lastDay: Int = firstDay + dayCount - 1, project: Int? = nil)
        -> Amount
    {
        var micros: Int64 = 0
        for (index, resource) in resources.enumerated() where project == nil || resource.project == project {
            for sku in 0..<CloudRuBenchCatalog.skus.count {
                for day in firstDay...lastDay {
                    micros += Self.amountWithVATMicros(Self.amountMicros(resource: index, sku: sku, day: day))
                }
            }
        }
        return Amount(minorUnits: micros, decimals: 6)
    }

    /// The exact sum of `amount` (without VAT) over the whole quarter, from the generator's integers.
    func groundTruthWithoutVAT() -> Amount {
        var micros: Int64 = 0
        for index in resources.indices {
            for sku in 0..<CloudRuBenchCatalog.skus.count {
                for day in Self.firstDay..<(Self.firstDay + Self.dayCount) {
                    micros += Self.amountMicros(resource: index, sku: sku, day: day)
                }
            }
        }
        return Amount(minorUnits: micros, decimals: 6)
    }
}
