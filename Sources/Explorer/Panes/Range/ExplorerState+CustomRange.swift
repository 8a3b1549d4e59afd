import CostCore
import Foundation
import TerminalKit

/// The range typed as dates (`d`, or "Custom…" in the range pane): a one-line prompt, prefilled
/// with the current range, applied with Enter, cancelled with Esc.
extension ExplorerState {
    /// The index of the range pane's last entry, after the presets: a range typed as dates.
    public static let customRangeEntry = DatePreset.allCases.count

    /// Opens the prompt with the current range's days, e.g. `2026-10-22..2026-11-20`.
    mutating func openRangePrompt() {
        rangePrompt = CivilRangeText.text(of: query.range, in: query.zone)
        rangePromptError = nil
    }

    /// A key while the prompt is open: text is typed, Backspace edits, Ctrl-U clears, Enter
    /// applies (a bad entry keeps the prompt open with the reason), Esc cancels.
    mutating func handleRangePromptKey(_ key: Key) -> [Effect] {
        guard case .rangePrompt(var editor, _) = modal else { return [] }
        switch editor.apply(key) {
        case .submitted(let text): return applyRangePrompt(text)
        case .cancelled: modal = nil
        case .quit: return [.quit]
        case .edited: modal = .rangePrompt(editor, error: nil)
        case .ignored: break
        }
        return []
    }

    /// Switches to the typed range and fetches it, or keeps the prompt open with the reason it is not one.
    private mutating func applyRangePrompt(_ text: String) -> [Effect] {
        let newRange: DateRange
        do {
            newRange = try CivilRangeText(parsing: text).range(in: query.zone, now: screen.now)
        } catch {
            rangePromptError = error.description
            return []
        }
        rangePrompt = nil
        rangePromptError = nil
        if panes.focus == .range { panes.focus = .chart }
        return select(newRange, preset: nil)
    }
}
