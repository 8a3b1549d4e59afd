import CostCore
import Foundation

/// Applies `action` to `state` and returns the effects to run. Pure: no I/O,
/// no clock, no randomness — tests call it directly. The derived view is brought up to date
/// after every action, whatever it changed.
public func reduce(_ state: inout ExplorerState, _ action: Action) -> [Effect] {
    let effects = apply(&state, action)
    if state.rebuildDerivedViewIfStale() {
        state.clampCursor()
        state.clampSeriesCursor()
    }
    return effects
}

private func apply(_ state: inout ExplorerState, _ action: Action) -> [Effect] {
    switch action {
    case .key(let key):
        return state.handle(key)
    case .mouse(let event): return state.handle(event)
    case .resize(let size):
        state.size = size
        state.keepCursorVisible()
        state.clampSeriesCursor()
        return []
    case .settle:
        state.settleStrip()
        return []
    case .recordsLoaded(let requestID, let account, let records, let at):
        guard requestID == state.pendingRequestID else { return [] }
        // Rows arrive account by account; the cursor follows the row the user chose, or
        // stays on the first row, whatever order the accounts answer in.
        let selected = state.rowToKeepSelected
        state.replaceRecords(of: account, with: records)
        state.setStatus(.loaded(records: records.count, at: at), for: account)
        state.setDataAsOf(nil, for: account)
        state.finishLoading(account)
        state.deriveView()
        state.restoreCursor(to: selected)
        return []
    case .fetchProgress(let requestID, let account, let requests, let rows):
        guard requestID == state.pendingRequestID, state.loadingAccounts.contains(account) else { return [] }
        state.setStatus(.fetching(requests: requests, rows: rows), for: account)
        return []
    case .fetchFailed(let requestID, let account, let message):
        guard requestID == state.pendingRequestID else { return [] }
        state.setStatus(.failed(message), for: account)
        state.finishLoading(account)
        return []
    case .cachedRecordsLoaded(let requestID, let account, let records, let asOf, let refreshing):
        return state.showCachedRecords(
            requestID: requestID, account: account, records: records, asOf: asOf, refreshing: refreshing)
    case .exported, .exportFailed:
        state.showExportResult(action)
        return []
    case .cacheNotice(let message):
        state.notice = "Cache: \(message)"
        state.noticeIsError = true
        return []
    case .fetchNote(let account, let message):
        state.noteFetch(account: account, message: message)
        return []
    }
}

extension ExplorerState {
    /// Starts a fetch for the current query, cancelling the one in flight.
    public mutating func beginFetch() -> [Effect] {
        var effects: [Effect] = []
        if let pending = pendingRequestID { effects.append(.cancel(requestID: pending)) }
        lastRequestID += 1
        pendingRequestID = lastRequestID
        loadingAccounts = Set(accounts.map(\.name))
        for index in accounts.indices {
            accounts[index].status = .loading
            accounts[index].dataAsOf = nil
        }
        effects.append(.fetch(query, requestID: lastRequestID))
        return effects
    }

    mutating func handle(_ key: Key) -> [Effect] {
        notice = nil
        noticeIsError = false
        if showHelp {
            // Any key closes help; only quit keeps its meaning.
            showHelp = false
            return Keymap.command(for: key, in: focus) == .quit ? [.quit] : []
        }
        if filterPrompt != nil { return handleFilterPromptKey(key) }
        if rangePrompt != nil { return handleRangePromptKey(key) }
        if commandMenu != nil { return handleCommandMenuKey(key) }
        if changesOverlay != nil { return handleChangesOverlayKey(key) }
        guard let command = Keymap.command(for: key, in: focus) else { return [] }
        return perform(command, key: key)
    }

    /// Runs `command`, which `key` triggered (directly or through the command menu).
    mutating func perform(_ command: Command, key: Key) -> [Effect] {
        switch command {
        case .quit: return [.quit]
        case .toggleHelp: showHelp = true
        case .toggleChanges: toggleChangesOverlay()
        case .repaint: return [.repaint]
        case .refresh:
            clearRecordsForFetch()
            return beginFetch()
        case .nextPane:
            focus = Pane.allCases[(Pane.allCases.firstIndex(of: focus)! + 1) % Pane.allCases.count]
            if focus == .series { placeSeriesCursorOnLatestNews() }
        case .previousPane:
            let count = Pane.allCases.count
            focus = Pane.allCases[(Pane.allCases.firstIndex(of: focus)! + count - 1) % count]
            if focus == .series { placeSeriesCursorOnLatestNews() }
        case .moveUp: moveCursor(by: -1)
        case .moveDown: moveCursor(by: 1)
        case .pageUp: moveCursor(by: -max(1, chartPageSize - 1))
        case .pageDown: moveCursor(by: max(1, chartPageSize - 1))
        case .first: moveCursor(by: Int.min / 2)
        case .last: moveCursor(by: Int.max / 2)
        case .activate: return activate()
        case .back: back()
        case .choosePreset:
            guard case .character(let digit) = key, let number = Int(String(digit)),
                DatePreset.allCases.indices.contains(number - 1)
            else { return [] }
            rangeCursor = number - 1
            return select(
                DatePreset.allCases[number - 1].range(now: now, in: zone), preset: DatePreset.allCases[number - 1])
        case .shiftRangeBack: return select(range.shifted(by: -1, in: zone), preset: nil)
        case .shiftRangeForward:
            let next = range.shifted(by: 1, in: zone)
            guard next.start < now else {
                notice = "The next period has not started yet"
                return []
            }
            return select(next, preset: nil)
        case .cycleSort:
            sortOrder = sortOrder.next
            sortDescending = sortOrder.isNaturallyDescending
            reorder()
        case .reverseSort:
            sortDescending.toggle()
            reorder()
        case .toggleBarScale:
            barScale = barScale == .largestRow ? .total : .largestRow
        case .openCustomRange: openRangePrompt()
        case .cycleGranularity: return cycleGranularity()
        case .previousBucket: moveSeriesCursor(by: -1)
        case .nextBucket: moveSeriesCursor(by: 1)
        case .openFilter, .nextMatch, .previousMatch, .toggleAccount, .chooseExport, .export, .copyReportCommand,
            .openCommandMenu:
            return performViewCommand(command)
        }
        return []
    }

    /// Re-sorts the rows, keeping the cursor on the same row.
    private mutating func reorder() {
        let selected = selectedRow?.id
        deriveView()
        restoreCursor(to: selected)
    }

    /// Switches to `newRange` and fetches it. A range equal to a preset's is shown as that preset;
    /// bars too fine or too coarse for the new length become days.
    mutating func select(_ newRange: DateRange, preset newPreset: DatePreset?) -> [Effect] {
        let matching = newPreset ?? DatePreset.allCases.first { $0.range(now: now, in: zone) == newRange }
        rangeCursor = matching.flatMap { DatePreset.allCases.firstIndex(of: $0) } ?? Self.customRangeEntry
        guard newRange != range else {
            preset = matching
            return []
        }
        preset = matching
        range = newRange
        granularity = granularityKept(for: newRange)
        seriesCursor = Int.max
        clearRecordsForFetch()
        return beginFetch()
    }

    private mutating func moveCursor(by delta: Int) {
        func moved(_ value: Int, count: Int) -> Int {
            min(max(0, value.addingReportingOverflow(delta).partialValue), max(0, count - 1))
        }
        switch focus {
        case .accounts: accountCursor = moved(accountCursor, count: accounts.count + 1)
        case .range: rangeCursor = moved(rangeCursor, count: DatePreset.allCases.count + 1)
        case .grouping: groupingCursor = moved(groupingCursor, count: dimensions.count)
        case .chart:
            holdStrip()
            awaitedRowID = nil
            cursor = moved(cursor, count: table.rows.count)
            cursorChosen = true
            keepCursorVisible()
        case .series: seriesCursor = moved(seriesCursor, count: seriesColumns.count)
        }
    }

    private mutating func activate() -> [Effect] {
        switch focus {
        case .accounts:
            if isAllAccountsEntrySelected { includeAllAccounts() } else { showOnlyAccountUnderCursor() }
            focus = .chart
            return []
        case .range:
            guard DatePreset.allCases.indices.contains(rangeCursor) else {
                openRangePrompt()
                return []
            }
            let chosen = DatePreset.allCases[rangeCursor]
            focus = .chart
            return select(chosen.range(now: now, in: zone), preset: chosen)
        case .grouping:
            let dimension = dimensions[groupingCursor]
            focus = .chart
            guard levels.count > 1 || level.dimension != dimension else { return [] }
            levels = [DrillLevel(dimension: dimension)]
            awaitedRowID = nil
            cursor = 0
            cursorChosen = false
            scroll = 0
            dropRowFilterForNewLevel()
            deriveView()
            return []
        case .chart:
            drill()
            return []
        case .series:
            return narrowToSeriesColumn()
        }
    }

    private mutating func drill() {
        guard let row = selectedRow else { return }
        guard let next = drillLevel(into: row) else {
            notice = "\(row.key.label) is the finest level here"
            return
        }
        levels[levels.count - 1].savedCursorRowID = row.id
        levels.append(next)
        awaitedRowID = nil
        cursor = 0
        cursorChosen = false
        scroll = 0
        dropRowFilterForNewLevel()
        deriveView()
    }

    private mutating func back() {
        guard focus == .chart else {
            focus = .chart
            return
        }
        if clearRowFilter() { return }
        guard levels.count > 1 else { return }
        levels.removeLast()
        awaitedRowID = nil
        deriveView()
        restoreCursor(to: level.savedCursorRowID)
        cursorChosen = true
    }

    /// Puts the cursor on the row with `rowID` when it still exists.
    mutating func restoreCursor(to rowID: String?) {
        if let rowID, let index = table.rows.firstIndex(where: { $0.id == rowID }) {
            cursor = index
            if rowID == awaitedRowID { awaitedRowID = nil }
        } else if rowID == nil {
            cursor = 0
            scroll = 0
        }
        clampCursor()
        keepCursorVisible()
    }

    mutating func setStatus(_ status: LoadStatus, for account: String) {
        if let index = accounts.firstIndex(where: { $0.name == account }) { accounts[index].status = status }
    }

    mutating func finishLoading(_ account: String) {
        loadingAccounts.remove(account)
        if loadingAccounts.isEmpty { pendingRequestID = nil }
    }

    /// Scrolls so the cursor row is on screen.
    mutating func keepCursorVisible() {
        let page = max(1, chartPageSize)
        if cursor < scroll { scroll = cursor }
        if cursor >= scroll + page { scroll = cursor - page + 1 }
        scroll = max(0, min(scroll, max(0, table.rows.count - page)))
    }
}
