import CostCore

extension ExplorerState {
    /// The provider of every account in the view, or nil when the view mixes providers.
    public var viewProvider: ProviderKind? {
        var found: ProviderKind?
        for account in query.accounts where !query.excludedAccounts.contains(account.name) {
            if let found, found != account.provider { return nil }
            found = account.provider
        }
        return found
    }

    /// The provider whose words and drill path apply at `level`: the one its rows were
    /// drilled from, else the view's.
    public func provider(at level: DrillLevel) -> ProviderKind? {
        level.provider ?? viewProvider
    }

    /// The step of its provider's natural path that `level` is at, when there is one.
    public func drillStep(at level: DrillLevel) -> ProviderDrillStep? {
        guard let provider = provider(at: level) else { return nil }
        let path = ProviderDrillPath(providers[provider])
        return path.stepIndex(of: level).map { path.steps[$0] }
    }

    /// The column heading of `level`'s rows, in the provider's words (`Server`, `SKU`, …).
    public func title(of level: DrillLevel) -> String {
        drillStep(at: level)?.title ?? words(for: level.dimension, of: provider(at: level)).singular
    }

    /// The plural of ``title(of:)``, for the pane title and breadcrumbs.
    public func pluralTitle(of level: DrillLevel) -> String {
        drillStep(at: level)?.pluralTitle ?? words(for: level.dimension, of: provider(at: level)).plural
    }

    /// `level`'s rows counted in words: `1 server`, `4 SKUs`, `2 disks and NICs`.
    public func rowCountNoun(of level: DrillLevel, count: Int) -> String {
        Self.lowercasedNoun(count == 1 ? title(of: level) : pluralTitle(of: level))
    }

    /// The breadcrumbs of the current view, e.g. `All projects`, `production`: drawn above the
    /// chart, written into exports and named by the copied report command.
    public var drillPath: [String] {
        [rootCrumb] + chart.levels.dropFirst().compactMap(\.crumb)
    }

    /// The first breadcrumb: `All projects`, `All VMs`, `All groups`.
    public var rootCrumb: String {
        "All " + Self.lowercasedNoun(pluralTitle(of: chart.levels[0]))
    }

    /// A heading as a noun inside a sentence: lower case, except words with several capitals
    /// (`VMs`, `SKUs`, `NICs`), which keep theirs.
    static func lowercasedNoun(_ heading: String) -> String {
        heading.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.filter(\.isUppercase).count > 1 ? String(word) : word.lowercased()
        }.joined(separator: " ")
    }

    /// What the grouping pane calls `dimension`, in the view's provider's words.
    public func groupingTitle(of dimension: CostDimension) -> String {
        words(for: dimension, of: viewProvider).singular
    }

    /// What `provider` calls rows of `dimension`; the generic words without a provider.
    private func words(for dimension: CostDimension, of provider: ProviderKind?) -> DimensionWords {
        guard let provider else { return DimensionWords(dimension.title, dimension.pluralTitle) }
        return providers[provider].words(for: dimension)
    }

    /// Starts the root level at the provider's first step when the view is one provider
    /// without projects and the root groups by project (every row would be "(unassigned)"),
    /// and puts the chosen grouping back once the view has several providers again.
    mutating func adaptRootLevelToView() {
        guard chart.levels.count == 1 else { return }
        if let replaced = chart.levels[0].replacedDimension {
            chart.levels[0].dimension = replaced
            chart.levels[0].replacedDimension = nil
        }
        guard chart.levels[0].dimension == .project, let provider = viewProvider else { return }
        let traits = providers[provider]
        guard !traits.hasProjects, let first = traits.drillSteps.first else { return }
        chart.levels[0].replacedDimension = .project
        chart.levels[0].dimension = first.dimension
    }

    /// The level Enter on `row` opens, or nil when the current level is the finest.
    ///
    /// When the row's records all come from one provider, the provider's natural path is
    /// followed (``ProviderDrillPath``); otherwise ``nextDimension(after:filtered:)``.
    func drillLevel(into row: GroupRow) -> DrillLevel? {
        let current = level
        let rowFilter = DrillFilter(dimension: current.dimension, id: row.key.id)
        let provider = provider(at: current) ?? singleProvider(passing: current.filters + [rowFilter])
        guard let provider else {
            guard let next = nextDimension(after: current.dimension, filtered: current.filters) else { return nil }
            return DrillLevel(dimension: next, filters: current.filters + [rowFilter], crumb: row.key.label)
        }
        let path = ProviderDrillPath(providers[provider])
        guard let index = path.nextStepIndex(after: current, rowHasChildren: row.hasChildren) else { return nil }
        let currentIndex = path.stepIndex(of: current)
        let intoChildren = currentIndex.map { path.steps[$0].drillsIntoChildren && index == $0 + 1 } ?? false
        let filter = DrillFilter(dimension: current.dimension, id: row.key.id, includesChildren: intoChildren)
        var next = DrillLevel(
            dimension: path.steps[index].dimension, filters: current.filters + [filter], crumb: crumb(of: row))
        next.provider = provider
        next.pathStep = index
        return next
    }

    /// The breadcrumb of `row`: its label, after its parent's for a nested row (`db-01 / eth0`),
    /// since children's names (`eth0`, `root`) repeat from server to server — unless the
    /// parent is already the previous breadcrumb.
    private func crumb(of row: GroupRow) -> String {
        guard row.depth > 0, !level.filters.contains(where: \.includesChildren), let parentID = row.key.parentID,
            let parent = table.rows.first(where: { $0.key.id == parentID && $0.currency == row.currency })
        else { return row.key.label }
        return parent.key.label + " / " + row.key.label
    }

    /// The provider of every record in view passing `filters`, or nil when there are several.
    private func singleProvider(passing filters: [DrillFilter]) -> ProviderKind? {
        let mask = load.records.seriesPassing(filters: filters, excludedAccounts: query.excludedAccounts)
        var found: ProviderKind?
        var several = false
        load.records.forEachIndex(passing: mask, middleIn: query.range) { index in
            let provider = load.records.series[Int(load.records.seriesCodes[index])].provider
            if let found, found != provider {
                several = true
                return false
            }
            found = provider
            return true
        }
        return several ? nil : found
    }
}
