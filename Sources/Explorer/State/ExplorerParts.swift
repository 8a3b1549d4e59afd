import CostCore
import Foundation
import TerminalKit

/// The terminal and the session around the view.
public struct ScreenState: Equatable, Sendable {
    /// The terminal size the next frame is drawn for.
    public var size: TerminalSize
    /// The clock the presets are computed from.
    public var now: Date
    /// Draw with ASCII instead of Unicode box and block characters.
    public var ascii: Bool
    /// Whether the terminal reports the mouse (`--mouse`): help then says what clicks do.
    public var mouseEnabled = false
    /// A one-line notice at the bottom (cleared by the next key).
    public var notice: String?
    /// Whether ``notice`` reports a failure (drawn as an error).
    public var noticeIsError = false
    /// A short note shown after the product name in the header, e.g. `demo`.
    public var headerNote: String?
    /// Arguments telling `costscope report` where the accounts come from, e.g. `--demo`.
    public var reportSource: [String] = []

    public init(size: TerminalSize, now: Date, ascii: Bool) {
        self.size = size
        self.now = now
        self.ascii = ascii
    }
}

/// What the view asks for: the accounts in it, the range and zone, the bucket size, and the
/// groupings offered.
public struct QueryState: Equatable, Sendable {
    /// Configured accounts with their load status.
    public var accounts: [AccountEntry]
    /// Accounts left out of the view with Space in the accounts pane; their records are not counted.
    public var excludedAccounts: Set<String> = []
    /// The chosen date preset, or nil for a custom range (e.g. after `[` or `]`).
    public var preset: DatePreset?
    /// The UTC range shown.
    public var range: DateRange
    /// The zone in which days, weeks and months are cut and labelled.
    public var zone: TimeZone
    /// Bucket size of the time series.
    public var granularity: Granularity = .day
    /// Dimensions offered in the grouping pane.
    public var dimensions: [CostDimension]
    /// The path Enter follows: to the next dimension in this list not yet
    /// filtered on, else to the first one not yet filtered on (so a metric
    /// drills into the projects that use it).
    public var drillOrder: [CostDimension] = [.project, .object, .metric]

    public init(
        accounts: [AccountEntry], preset: DatePreset?, range: DateRange, zone: TimeZone, dimensions: [CostDimension]
    ) {
        self.accounts = accounts
        self.preset = preset
        self.range = range
        self.zone = zone
        self.dimensions = dimensions
    }
}

/// What is being fetched, and the records that have arrived.
public struct LoadState: Equatable, Sendable {
    /// Records currently loaded, all accounts together.
    public var records = SpendStore() {
        didSet { recordsGeneration &+= 1 }
    }
    /// Counts changes to ``records``: the derived view is rebuilt when it moves.
    var recordsGeneration = 0
    /// The id of the fetch whose results are awaited; older results are dropped.
    public var pendingRequestID: Int?
    /// The last request id issued.
    public var lastRequestID = 0
    /// Accounts still loading for the pending request.
    public var loadingAccounts: Set<String> = []

    public init() {}
}

/// The chart pane: the drill-down stack, how rows are ordered and filtered, the cursor, and
/// the row and column the time-series strip shows.
public struct ChartState: Equatable, Sendable {
    /// The drill-down stack; the first level is the chosen grouping.
    public var levels: [DrillLevel]
    /// How chart rows are ordered.
    public var sortOrder: SortOrder = .cost
    /// Whether the order is reversed from its natural direction.
    public var sortDescending = true
    /// What a full-width bar means.
    public var barScale: BarScale = .largestRow
    /// The selected row index in the chart.
    public var cursor = 0
    /// Whether the user put the cursor where it is (moving or going back), so data arriving
    /// later keeps that row selected; otherwise the cursor stays on the first row.
    public var cursorChosen = false
    /// The row that was selected when the view was emptied for a new fetch (a new range, a
    /// refresh): it is selected again as soon as it reappears, whichever account answers first.
    public var awaitedRowID: String?
    /// The first chart row shown (scrolling).
    public var scroll = 0
    /// The chart row filter in force (`/`), or nil.
    public var rowFilter: RowFilter?
    /// The last filter applied: `n` / `N` jump between its matches, also after Esc cleared it.
    public var lastSearch: RowFilter?
    /// The id of the row the time-series strip shows while the chart cursor moves: it stays
    /// on the row shown before the move until ``Action/settle``, so a move redraws only the two
    /// highlighted rows. Nil when the strip follows the selected row (see ``ExplorerState/stripRow``).
    public internal(set) var stripSubject: String?
    /// The index in the table of the ``stripSubject`` row (a rebuilt table lets the strip
    /// follow the selection again).
    var stripSubjectIndex = 0
    /// The highlighted column of the time-series strip (an index into ``ExplorerState/seriesColumns``).
    public var seriesCursor = Int.max

    public init(levels: [DrillLevel]) { self.levels = levels }
}

/// Which pane has the focus, and where each side pane's cursor is.
public struct PaneCursors: Equatable, Sendable {
    /// The focused pane.
    public var focus: Pane = .chart
    /// The highlighted entry in the accounts pane.
    public var accountCursor = 0
    /// The highlighted entry in the range pane.
    public var rangeCursor: Int
    /// The highlighted entry in the grouping pane.
    public var groupingCursor = 0

    public init(rangeCursor: Int) { self.rangeCursor = rangeCursor }
}

/// The overlay or prompt that takes every key while it is open.
public enum Modal: Equatable, Sendable {
    /// The key help.
    case help
    /// The chart filter prompt (`/`), with the text typed so far.
    case filterPrompt(LineEditor)
    /// The range prompt (`d`), with the text typed so far and why Enter last rejected it.
    case rangePrompt(LineEditor, error: String?)
    /// The command menu (`:` or `e`).
    case menu(CommandMenu)
    /// The "what changed" list (`w`).
    case changes(ChangesOverlay)
}

extension ExplorerState {
    /// The text typed so far in the open filter prompt; nil when it is closed.
    public var filterPrompt: String? {
        get { if case .filterPrompt(let editor) = modal { editor.text } else { nil } }
        set {
            if let newValue { modal = .filterPrompt(LineEditor(newValue)) } else if filterPrompt != nil { modal = nil }
        }
    }

    /// The text typed so far in the open range prompt; nil when it is closed.
    public var rangePrompt: String? {
        get { if case .rangePrompt(let editor, _) = modal { editor.text } else { nil } }
        set {
            if let newValue {
                modal = .rangePrompt(LineEditor(newValue), error: rangePromptError)
            } else if rangePrompt != nil {
                modal = nil
            }
        }
    }

    /// Why the text entered in the range prompt is not a range; nil until Enter rejects it.
    public var rangePromptError: String? {
        get { if case .rangePrompt(_, let error) = modal { error } else { nil } }
        set { if case .rangePrompt(let editor, _) = modal { modal = .rangePrompt(editor, error: newValue) } }
    }

    /// The open command menu, or nil.
    public var commandMenu: CommandMenu? {
        get { if case .menu(let menu) = modal { menu } else { nil } }
        set { if let newValue { modal = .menu(newValue) } else if commandMenu != nil { modal = nil } }
    }

    /// The open "what changed" list, or nil.
    public var changesOverlay: ChangesOverlay? {
        get { if case .changes(let overlay) = modal { overlay } else { nil } }
        set { if let newValue { modal = .changes(newValue) } else if changesOverlay != nil { modal = nil } }
    }
}
