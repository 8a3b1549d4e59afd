import CostCore
import Foundation

/// The range typed as dates (`d`, or "Custom…" in the range pane): a one-line prompt, prefilled
/// with the current range, applied with Enter, cancelled with Esc.
extension ExplorerState {
    /// The index of the range pane's last entry, after the presets: a range typed as dates.
    public static let customRangeEntry = DatePreset.allCases.count

    /// Opens the prompt with the current range's days, e.g. `2026-10-22..2026-11-20`.
    mutating func openRangePrompt() {
        rangePrompt = CivilRangeText.text(of: range, in: zone)
        rangePromptError = nil
    }

    /// A key while the prompt is open: text is typed, Backspace edits, Ctrl-U clears, Enter
    /// applies (a bad entry keeps the prompt open with the reason), Esc cancels.
    mutating func handleRangePromptKey(_ key: Key) -> [Effect] {
        guard let text = rangePrompt else { return [] }
        switch key {
        case .enter: return applyRangePrompt(text)
        case .escape:
            rangePrompt = nil
            rangePromptError = nil
            return []
        case .backspace, .delete: rangePrompt = String(text.dropLast())
        case .control("u"): rangePrompt = ""
        case .control("c"): return [.quit]
        case .character(let character): rangePrompt = text + String(character)
        default: return []
        }
        rangePromptError = nil
        return []
    }

    /// Switches to the typed range and fetches it, or keeps the prompt open with the reason it is not one.
    private mutating func applyRangePrompt(_ text: String) -> [Effect] {
        let newRange: DateRange
        do {
            newRange = try CivilRangeText(parsing: text).range(in: zone, now: now)
        } catch {
            rangePromptError = error.description
            return []
        }
        rangePrompt = nil
        rangePromptError = nil
        if focus == .range { focus = .chart }
        return select(newRange, preset: nil)
    }
}
