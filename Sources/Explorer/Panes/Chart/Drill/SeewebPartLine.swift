import CostCore

/// One part of a Seeweb server's month: online, offline or one reserved plan's hours, with
/// what they cost and what the discount saved.
public struct SeewebPartLine: Hashable, Sendable {
    /// Which part of the month.
    public enum Kind: String, Hashable, Sendable, Comparable {
        case online, offline, reserved, rounding, template

        /// The order parts are listed in.
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.order < rhs.order }

        private var order: Int {
            switch self {
            case .online: 0
            case .offline: 1
            case .reserved: 2
            case .rounding: 3
            case .template: 4
            }
        }
    }

    /// The part.
    public var kind: Kind
    /// The reservation offer of a reserved part (`reserved_plan`).
    public var plan: String?
    /// Hours billed in the part.
    public var hours: Amount?
    /// What the part cost, exact.
    public var amount: Amount
    /// The discount in percent (offline or reserved), when stated.
    public var discountPercent: Amount?
    /// The money the discount saved, when stated.
    public var reduction: Amount?
    /// A reservation's first day, `YYYY-MM-DD`.
    public var startDate: String?
    /// A reservation's last day, `YYYY-MM-DD`.
    public var endDate: String?
    /// Whole days from today (UTC) until the reservation ends; negative once it has.
    public var daysUntilEnd: Int?

    public init(kind: Kind, amount: Amount) {
        self.kind = kind
        self.amount = amount
    }

    /// The line's label, e.g. `Reserved plan 12`.
    public var label: String {
        switch kind {
        case .online: "Online"
        case .offline: "Offline"
        case .reserved: "Reserved" + (plan.map { " plan \($0)" } ?? "")
        case .rounding: "Rounding"
        case .template: "Template"
        }
    }

    /// When the reservation ends, relative to today: `expired`, `expires today`, `expires in 12 days`.
    public var expiryText: String? {
        guard let days = daysUntilEnd else { return nil }
        if days < 0 { return "expired" }
        if days == 0 { return "expires today" }
        return days == 1 ? "expires tomorrow" : "expires in \(days) days"
    }
}
