import CostCore

/// How chart rows are ordered.
public enum SortOrder: String, CaseIterable, Sendable, Hashable {
    /// By amount (the default; largest first).
    case cost
    /// By label, alphabetically.
    case name
    /// By Δ against the previous period (largest increase first).
    case change

    /// The next order in the `s` cycle: cost, name, change.
    public var next: SortOrder {
        switch self {
        case .cost: .name
        case .name: .change
        case .change: .cost
        }
    }

    /// Whether the order starts from the largest value (cost and change do, names do not).
    public var isNaturallyDescending: Bool { self != .name }

    /// Orders rows, keeping each child directly under its parent: parents
    /// (with their subtree total) are ordered among themselves, children within
    /// their parent. Ties fall back to the label. `changes` holds each row's Δ by row id
    /// (used by ``change``; a row without one counts as zero).
    public func apply(to rows: [GroupRow], descending: Bool, changes: [String: Amount] = [:]) -> [GroupRow] {
        func rowKey(_ row: GroupRow) -> Key { (row.key.label, row.total, changes[row.id] ?? .zero) }
        func blockKey(_ block: [GroupRow]) -> Key {
            let total = block.reduce(Amount.zero) { $0 + $1.total }
            let change = block.reduce(Amount.zero) { $0 + (changes[$1.id] ?? .zero) }
            return (block[0].key.label, total, change)
        }
        var blocks: [[GroupRow]] = []
        for row in rows {
            if row.depth > 0, !blocks.isEmpty { blocks[blocks.count - 1].append(row) } else { blocks.append([row]) }
        }
        typealias Key = (label: String, total: Amount, change: Amount)
        func before(_ lhs: Key, _ rhs: Key) -> Bool {
            switch self {
            case .change:
                if lhs.change != rhs.change {
                    return descending ? lhs.change > rhs.change : lhs.change < rhs.change
                }
                return lhs.label < rhs.label
            case .cost:
                if lhs.total != rhs.total { return descending ? lhs.total > rhs.total : lhs.total < rhs.total }
                return lhs.label < rhs.label
            case .name:
                let order = lhs.label.localizedStandardCompare(rhs.label)
                if order != .orderedSame {
                    return descending ? order == .orderedDescending : order == .orderedAscending
                }
                return lhs.total > rhs.total
            }
        }
        let sortedBlocks = blocks.sorted { lhs, rhs in
            if lhs[0].currency != rhs[0].currency { return lhs[0].currency < rhs[0].currency }
            return before(blockKey(lhs), blockKey(rhs))
        }
        var result: [GroupRow] = []
        for block in sortedBlocks {
            result.append(block[0])
            var children = Array(block.dropFirst()).sorted { before(rowKey($0), rowKey($1)) }
            for index in children.indices { children[index].isLastChild = index == children.count - 1 }
            result += children
        }
        return result
    }
}
