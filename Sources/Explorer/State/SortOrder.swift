import CostCore

/// How chart rows are ordered.
public enum SortOrder: String, CaseIterable, Sendable, Hashable {
    /// By amount (the default; largest first).
    case cost
    /// By label, alphabetically.
    case name

    /// The next order in the `s` cycle.
    public var next: SortOrder { self == .cost ? .name : .cost }

    /// Orders rows, keeping each child directly under its parent: parents
    /// (with their subtree total) are ordered among themselves, children within
    /// their parent. Ties fall back to the label.
    public func apply(to rows: [GroupRow], descending: Bool) -> [GroupRow] {
        var blocks: [[GroupRow]] = []
        for row in rows {
            if row.depth > 0, !blocks.isEmpty { blocks[blocks.count - 1].append(row) } else { blocks.append([row]) }
        }
        func before(_ lhs: (label: String, total: Amount), _ rhs: (label: String, total: Amount)) -> Bool {
            switch self {
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
            let left = (lhs[0].key.label, lhs.reduce(Amount.zero) { $0 + $1.total })
            let right = (rhs[0].key.label, rhs.reduce(Amount.zero) { $0 + $1.total })
            return before(left, right)
        }
        var result: [GroupRow] = []
        for block in sortedBlocks {
            result.append(block[0])
            var children = Array(block.dropFirst()).sorted {
                before(($0.key.label, $0.total), ($1.key.label, $1.total))
            }
            for index in children.indices { children[index].isLastChild = index == children.count - 1 }
            result += children
        }
        return result
    }
}
