import CostCore
import Foundation

/// One Seeweb server's month split into its parts, with the original cost (before
/// discounts), the billed cost and what the discounts saved.
public struct SeewebMonthSplit: Hashable, Sendable {
    /// The billing month's year.
    public var year: Int
    /// The billing month (1–12).
    public var month: Int
    /// The currency of every amount.
    public var currency: Currency
    /// The server's plan (`plan`, e.g. `ECS4`), when stated.
    public var plan: String?
    /// The parts, online first, then offline, reserved plans, rounding.
    public var lines: [SeewebPartLine]
    /// The month's cost before discounts (`original_cost`), when stated.
    public var originalCost: Amount?
    /// What was billed: the exact sum of the parts (equal to the API's `cost`).
    public var billedCost: Amount

    /// Original minus billed cost: what the discounts saved.
    public var saved: Amount? { originalCost.map { $0 - billedCost } }

    /// `November 2026`.
    public var title: String {
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let name = (1...12).contains(month) ? names[month - 1] : "Month \(month)"
        return "\(name) \(year)"
    }

    /// The splits of `records` (one server's), one per month and currency, latest first.
    /// Reservations count their days left from `now` in UTC days.
    public static func splits(of records: [CostRecord], now: Date) -> [SeewebMonthSplit] {
        var byMonth: [String: SeewebMonthSplit] = [:]
        var order: [String] = []
        for record in records {
            let year = record.native["year"].flatMap { Int($0) } ?? 0
            let month = record.native["month"].flatMap { Int($0) } ?? 0
            let key = "\(year)-\(month)-\(record.amount.currency.code)"
            if byMonth[key] == nil {
                order.append(key)
                byMonth[key] = SeewebMonthSplit(
                    year: year, month: month, currency: record.amount.currency, plan: record.service, lines: [],
                    originalCost: record.native["original_cost"].flatMap { Amount($0) }, billedCost: .zero)
            }
            byMonth[key]!.add(record, now: now)
        }
        return order.compactMap { byMonth[$0] }.map { split in
            var sorted = split
            sorted.lines.sort {
                ($0.kind, $0.plan ?? "", $0.startDate ?? "") < ($1.kind, $1.plan ?? "", $1.startDate ?? "")
            }
            return sorted
        }.sorted { ($0.year, $0.month, $0.currency.code) > ($1.year, $1.month, $1.currency.code) }
    }

    private mutating func add(_ record: CostRecord, now: Date) {
        billedCost += record.amount.amount
        let kind = SeewebPartLine.Kind(rawValue: record.native["part"] ?? "") ?? .online
        let plan = kind == .reserved ? record.native["reserved_plan"] : nil
        let start = kind == .reserved ? record.native["reserved_start_date"].map { String($0.prefix(10)) } : nil
        let end = kind == .reserved ? record.native["reserved_end_date"].map { String($0.prefix(10)) } : nil
        if let index = lines.firstIndex(where: {
            $0.kind == kind && $0.plan == plan && $0.startDate == start && $0.endDate == end
        }) {
            lines[index].amount += record.amount.amount
            if let hours = record.quantity { lines[index].hours = (lines[index].hours ?? .zero) + hours }
            return
        }
        var line = SeewebPartLine(kind: kind, amount: record.amount.amount)
        line.plan = plan
        line.hours = record.quantity
        switch kind {
        case .offline:
            line.discountPercent = record.native["offline_discount"].flatMap { Amount($0) }
            line.reduction = record.native["offline_reduction"].flatMap { Amount($0) }
        case .reserved:
            line.discountPercent = record.native["reserved_discount"].flatMap { Amount($0) }
            line.reduction = record.native["reserved_reduction"].flatMap { Amount($0) }
            line.startDate = start
            line.endDate = end
            line.daysUntilEnd = line.endDate.flatMap { Self.days(from: now, to: $0) }
        default:
            break
        }
        lines.append(line)
    }

    /// Whole UTC days from `now`'s day to the day `date` (`YYYY-MM-DD`) names.
    static func days(from now: Date, to date: String) -> Int? {
        guard let end = CivilDateTime(parsing: date) else { return nil }
        let endDay = CivilDateTime.daysFromEpoch(year: end.year, month: end.month, day: end.day)
        let today = Int((now.timeIntervalSince1970 / 86_400).rounded(.down))
        return endDay - today
    }
}
