import CostCore
import TerminalKit

/// Fitting text into a number of cells.
public enum TextFit {
    /// `text` cut in the middle with `ellipsis` so it fits `width` cells.
    public static func middle(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        guard width > ellipsisWidth else { return String(repeating: ".", count: width) }
        let available = width - ellipsisWidth
        let headWidth = (available + 1) / 2
        let tailWidth = available - headWidth
        var head = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > headWidth { break }
            head.append(character)
            used += characterWidth
        }
        var tail = ""
        used = 0
        for character in text.reversed() {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > tailWidth { break }
            tail.insert(character, at: tail.startIndex)
            used += characterWidth
        }
        return head + ellipsis + tail
    }

    /// A row label fitted to `width` cells: a label that ends in an origin
    /// (`Accounting · cloudru-main`, see ``GroupRow/Origin``) keeps that origin whole
    /// and cuts the name, so rows that differ only by origin still read differently.
    public static func label(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard DisplayWidth.of(text) > width,
            let separator = text.range(of: GroupRow.Origin.separator, options: .backwards)
        else { return middle(text, width: width, ellipsis: ellipsis) }
        let name = String(text[..<separator.lowerBound])
        let origin = String(text[separator.upperBound...])
        let separatorWidth = DisplayWidth.of(GroupRow.Origin.separator)
        let room = width - separatorWidth
        guard room >= 8 else { return middle(text, width: width, ellipsis: ellipsis) }
        let originWidth = min(DisplayWidth.of(origin), room - max(5, room / 3))
        let nameWidth = room - originWidth
        return middle(name, width: nameWidth, ellipsis: ellipsis) + GroupRow.Origin.separator
            + middle(origin, width: originWidth, ellipsis: ellipsis)
    }

    /// `text` cut at the end with `ellipsis` so it fits `width` cells.
    public static func end(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var result = ""
        var used = 0
        let limit = width - DisplayWidth.of(ellipsis)
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > limit { break }
            result.append(character)
            used += characterWidth
        }
        return result + ellipsis
    }

    /// `text` padded with spaces on the left to `width` cells (never cut).
    public static func right(_ text: String, width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }
}
