import CostCore
import Foundation
import TerminalKit

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
        state.screen.size = size
        state.keepCursorVisible()
        state.clampSeriesCursor()
        return []
    case .settle:
        state.settleStrip()
        return []
    case .recordsLoaded(let requestID, let account, let records, let at):
        guard requestID == state.load.pendingRequestID else { return [] }
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
        guard requestID == state.load.pendingRequestID, state.load.loadingAccounts.contains(account) else { return [] }
        state.setStatus(.fetching(requests: requests, rows: rows), for: account)
        return []
    case .fetchFailed(let requestID, let account, let message):
        guard requestID == state.load.pendingRequestID else { return [] }
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
        state.screen.notice = "Cache: \(message)"
        state.screen.noticeIsError = true
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
        if let pending = load.pendingRequestID { effects.append(.cancel(requestID: pending)) }
        load.lastRequestID += 1
        load.pendingRequestID = load.lastRequestID
        load.loadingAccounts = Set(query.accounts.map(\.name))
        for index in query.accounts.indices {
            query.accounts[index].status = .loading
            query.accounts[index].dataAsOf = nil
        }
        effects.append(.fetch(fetchQuery, requestID: load.lastRequestID))
        return effects
    }

    mutating func handle(_ key: Key) -> [Effect] {
        screen.notice = nil
        screen.noticeIsError = false
        switch modal {
        case .help:
            // Any key closes help; only quit keeps its meaning.
            modal = nil
            return Keymap.command(for: key, in: panes.focus) == .quit ? [.quit] : []
        case .filterPrompt: return handleFilterPromptKey(key)
        case .rangePrompt: return handleRangePromptKey(key)
        case .menu: return handleCommandMenuKey(key)
        case .changes: return handleChangesOverlayKey(key)
        case nil: break
        }
        guard let command = Keymap.command(for: key, in: panes.focus) else { return [] }
        return perform(command, key: key)
    }

    /// Runs `command`, which `key` triggered (directly or through the command menu).
    mutating func perform(_ command: Command, key: Key) -> [Effect] {
        switch command {
        case .quit: return [.quit]
        case .toggleHelp: modal = .help
        case .toggleChanges: toggleChangesOverlay()
        case .repaint: return [.repaint]
        case .refresh:
            clearRecordsForFetch()
            return beginFetch()
        case .nextPane:
            panes.focus = Pane.allCases[(Pane.allCases.firstIndex(of: panes.focus)! + 1) % Pane.allCases.count]
            if panes.focus == .series { placeSeriesCursorOnLatestNews() }
        case .previousPane:
            let count = Pane.allCases.count
            panes.focus = Pane.allCases[(Pane.allCases.firstIndex(of: panes.focus)! + count - 1) % count]
            if panes.focus == .series { placeSeriesCursorOnLatestNews() }
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
            panes.rangeCursor = number - 1
            return select(
                DatePreset.allCases[number - 1].range(now: screen.now, in: query.zone),
                preset: DatePreset.allCases[number - 1])
        case .shiftRangeBack: return select(query.range.shifted(by: -1, in: query.zone), preset: nil)
        case .shiftRangeForward:
            let next = query.range.shifted(by: 1, in: query.zone)
            guard next.start < screen.now else {
                screen.notice = "The next period has not started yet"
                return []
            }
            return select(next, preset: nil)
        case .cycleSort:
            chart.sortOrder = chart.sortOrder.next
            chart.sortDescending = chart.sortOrder.isNaturallyDescending
            reorder()
        case .reverseSort:
            chart.sortDescending.toggle()
            reorder()
        case .toggleBarScale:
            chart.barScale = chart.barScale == .largestRow ? .total : .largestRow
        case .openCustomRange: openRangePrompt()
        case .cycleGranularity: return cycleGranularity()
        case .previousBucket: moveSeriesCursor(by: -1)
        case .nextBucket: moveSeriesCursor(by: 1)
        case .openFilter: openFilterPrompt()
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .toggleAccount: toggleAccountUnderCursor()
        case .chooseExport, .export, .copyReportCommand, .openCommandMenu: return performViewCommand(command)
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
        let matching = newPreset ?? DatePreset.allCases.first { $0.range(now: screen.now, in: query.zone) == newRange }
        panes.rangeCursor = matching.flatMap { DatePreset.allCases.firstIndex(of: $0) } ?? Self.customRangeEntry
        guard newRange != query.range else {
            query.preset = matching
            return []
        }
        query.preset = matching
        query.range = newRange
        query.granularity = granularityKept(for: newRange)
        chart.seriesCursor = Int.max
        clearRecordsForFetch()
        return beginFetch()
    }

    private mutating func moveCursor(by delta: Int) {
        func moved(_ value: Int, count: Int) -> Int {
            min(max(0, value.addingReportingOverflow(delta).partialValue), max(0, count - 1))
        }
        switch panes.focus {
        case .accounts: panes.accountCursor = moved(panes.accountCursor, count: query.accounts.count + 1)
        case .range: panes.rangeCursor = moved(panes.rangeCursor, count: DatePreset.allCases.count + 1)
        case .grouping: panes.groupingCursor = moved(panes.groupingCursor, count: query.dimensions.count)
        case .chart:
            holdStrip()
            chart.awaitedRowID = nil
            chart.cursor = moved(chart.cursor, count: table.rows.count)
            chart.cursorChosen = true
            keepCursorVisible()
        case .series: chart.seriesCursor = moved(chart.seriesCursor, count: seriesColumns.count)
        }
    }

    private mutating func activate() -> [Effect] {
        switch panes.focus {
        case .accounts:
            if isAllAccountsEntrySelected { includeAllAccounts() } else { showOnlyAccountUnderCursor() }
            panes.focus = .chart
            return []
        case .range:
            guard DatePreset.allCases.indices.contains(panes.rangeCursor) else {
                openRangePrompt()
                return []
            }
            let chosen = DatePreset.allCases[panes.rangeCursor]
            panes.focus = .chart
            return select(chosen.range(now: screen.now, in: query.zone), preset: chosen)
        case .grouping:
            let dimension = query.dimensions[panes.groupingCursor]
            panes.focus = .chart
            guard chart.levels.count > 1 || level.dimension != dimension else { return [] }
            chart.levels = [DrillLevel(dimension: dimension)]
            chart.awaitedRowID = nil
            chart.cursor = 0
            chart.cursorChosen = false
            chart.scroll = 0
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
            screen.notice = "\(row.key.label) is the finest level here"
            return
        }
        chart.levels[chart.levels.count - 1].savedCursorRowID = row.id
        chart.levels.append(next)
        chart.awaitedRowID = nil
        chart.cursor = 0
        chart.cursorChosen = false
        chart.scroll = 0
        dropRowFilterForNewLevel()
        deriveView()
    }

    private mutating func back() {
        guard panes.focus == .chart else {
            panes.focus = .chart
            return
        }
        if clearRowFilter() { return }
        guard chart.levels.count > 1 else { return }
        chart.levels.removeLast()
        chart.awaitedRowID = nil
        deriveView()
        restoreCursor(to: level.savedCursorRowID)
        chart.cursorChosen = true
    }

    /// Puts the cursor on the row with `rowID` when it still exists.
    mutating func restoreCursor(to rowID: String?) {
        if let rowID, let index = table.rows.firstIndex(where: { $0.id == rowID }) {
            chart.cursor = index
            if rowID == chart.awaitedRowID { chart.awaitedRowID = nil }
        } else if rowID == nil {
            chart.cursor = 0
            chart.scroll = 0
        }
        clampCursor()
        keepCursorVisible()
    }

    mutating func setStatus(_ status: LoadStatus, for account: String) {
        if let index = query.accounts.firstIndex(where: { $0.name == account }) {
            query.accounts[index].status = status
        }
    }

    mutating func finishLoading(_ account: String) {
        load.loadingAccounts.remove(account)
        if load.loadingAccounts.isEmpty { load.pendingRequestID = nil }
    }

    /// Scrolls so the cursor row is on screen.
    mutating func keepCursorVisible() {
        let page = max(1, chartPageSize)
        if chart.cursor < chart.scroll { chart.scroll = chart.cursor }
        if chart.cursor >= chart.scroll + page { chart.scroll = chart.cursor - page + 1 }
        chart.scroll = max(0, min(chart.scroll, max(0, table.rows.count - page)))
    }
}
