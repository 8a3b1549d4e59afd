extension GroupRow {
    /// The providers and account a row's records came from, used to tell apart rows whose
    /// labels are the same (two accounts each with a project called "Accounting", or rows
    /// without a project from two providers).
    public struct Origin: Hashable, Sendable {
        /// The providers of the row's records, in ``ProviderKind`` order.
        public var providers: [ProviderKind]
        /// The account of every record, or nil when they came from several accounts.
        public var account: String?

        /// What joins a label and the origin that tells it apart.
        public static let separator = " · "

        public init(providers: [ProviderKind], account: String?) {
            self.providers = providers
            self.account = account
        }
    }
}

extension GroupTable {
    /// Appends `· provider` (or `· account`) to labels that appear on more than one row, so
    /// the rows read differently: the provider's short name when each row comes from a
    /// different single provider, else the account when each comes from a different single
    /// account, else the providers' names.
    static func distinguishRepeatedLabels(in rows: inout [GroupRow]) {
        var positions: [String: [Int]] = [:]
        for (index, row) in rows.enumerated() { positions[row.key.label, default: []].append(index) }
        for indices in positions.values where indices.count > 1 {
            let origins = indices.map { rows[$0].origin }
            let providers = origins.map { $0?.providers ?? [] }
            let oneProviderEach = providers.allSatisfy { $0.count == 1 } && Set(providers).count == providers.count
            let accounts = origins.map { $0?.account }
            let accountsTell = !accounts.contains(nil) && Set(accounts).count == accounts.count
            let suffixes = indices.indices.map { position in
                if !oneProviderEach && accountsTell { return accounts[position] ?? "" }
                return providers[position].map(\.shortName).joined(separator: ", ")
            }
            // Rows of one origin (a group in two currencies, two disks of one name) keep their labels.
            guard Set(suffixes).count > 1 else { continue }
            for (position, index) in indices.enumerated() where !suffixes[position].isEmpty {
                rows[index].key.label += GroupRow.Origin.separator + suffixes[position]
            }
        }
    }
}
