import CostCore
import TerminalKit

/// Column geometry of the Seeweb month split: part, hours, discount, saving, cost. Cost is
/// never cut or dropped; when the pane is narrow the hours go first, then the discount, then
/// the saving.
struct SeewebSplitColumns {
    let currency: Currency
    let ascii: Bool
    let width: Int
    let hoursWidth: Int
    let discountWidth: Int
    let savedWidth: Int
    let costWidth: Int

    init(_ split: SeewebMonthSplit, width: Int, ascii: Bool) {
        self.currency = split.currency
        self.ascii = ascii
        self.width = width
        func widest(_ texts: [String], _ heading: String) -> Int {
            texts.isEmpty ? 0 : max(DisplayWidth.of(heading), texts.map { DisplayWidth.of($0) }.max() ?? 0)
        }
        let money = { (amount: Amount) in Money(amount, split.currency).formatted(ascii: ascii) }
        let totals = [split.originalCost, split.billedCost, split.saved].compactMap { $0 }
        let cost = widest((split.lines.map(\.amount) + totals).map(money), "Cost")
        var hours = widest(split.lines.compactMap(\.hours).map(Self.hoursText), "Hours")
        var discount = widest(split.lines.compactMap(\.discountPercent).map(Self.percentText), "Discount")
        var saved = widest(split.lines.compactMap(\.reduction).map(money), "Saved")
        let labelMinimum = 16
        func taken() -> Int { labelMinimum + hours + discount + saved + cost + 4 }
        if taken() > width { hours = 0 }
        if taken() > width { discount = 0 }
        if taken() > width { saved = 0 }
        costWidth = cost
        hoursWidth = hours
        discountWidth = discount
        savedWidth = saved
    }

    /// `720 h`.
    static func hoursText(_ hours: Amount) -> String {
        var text = hours.formatted(places: 2, groupingSeparator: ",")
        while text.hasSuffix("0") && text.contains(".") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + " h"
    }

    /// `30%`, `12.5%`.
    static func percentText(_ percent: Amount) -> String { percent.description + "%" }

    /// The plan and billed hours after the month's title, joined with `separator`.
    func headerNote(for split: SeewebMonthSplit, separator: String) -> String {
        let hours = split.lines.compactMap(\.hours).reduce(Amount.zero, +)
        let parts = Self.hoursText(hours) + " in \(split.lines.count) part\(split.lines.count == 1 ? "" : "s")"
        return split.plan.map { "plan \($0)" + separator + parts } ?? parts
    }

    private var costX: Int { width - costWidth }
    private var savedX: Int { costX - (savedWidth > 0 ? savedWidth + 1 : 0) }
    private var discountX: Int { savedX - (discountWidth > 0 ? discountWidth + 1 : 0) }
    private var hoursX: Int { discountX - (hoursWidth > 0 ? hoursWidth + 1 : 0) }
    private var labelWidth: Int { max(0, hoursX - 1) }

    func drawHeadings(in frame: inout Frame, x: Int, y: Int) {
        let style = Style(.muted, underline: true)
        frame.put("Part", x: x, y: y, style: style)
        put("Hours", width: hoursWidth, at: x + hoursX, y: y, style: style, in: &frame)
        put("Discount", width: discountWidth, at: x + discountX, y: y, style: style, in: &frame)
        put("Saved", width: savedWidth, at: x + savedX, y: y, style: style, in: &frame)
        put("Cost", width: costWidth, at: x + costX, y: y, style: style, in: &frame)
    }

    func drawLine(_ line: SeewebPartLine, in frame: inout Frame, x: Int, y: Int) {
        frame.put(TextFit.end(line.label, width: labelWidth), x: x, y: y, style: Style(.label))
        put(
            line.hours.map(Self.hoursText) ?? "", width: hoursWidth, at: x + hoursX, y: y, style: Style(.muted),
            in: &frame)
        put(
            line.discountPercent.map(Self.percentText) ?? "", width: discountWidth, at: x + discountX, y: y,
            style: Style(.label), in: &frame)
        put(
            line.reduction.map(money) ?? "", width: savedWidth, at: x + savedX, y: y, style: Style(.positive),
            in: &frame)
        put(money(line.amount), width: costWidth, at: x + costX, y: y, style: Style(.amount), in: &frame)
    }

    func drawTotal(_ label: String, amount: Amount, role: StyleRole, in frame: inout Frame, x: Int, y: Int) {
        frame.put(TextFit.end(label, width: labelWidth), x: x, y: y, style: Style(.label, bold: true))
        put(money(amount), width: costWidth, at: x + costX, y: y, style: Style(role, bold: true), in: &frame)
    }

    private func money(_ amount: Amount) -> String { Money(amount, currency).formatted(ascii: ascii) }

    private func put(_ text: String, width: Int, at x: Int, y: Int, style: Style, in frame: inout Frame) {
        guard width > 0, !text.isEmpty else { return }
        frame.put(TextFit.right(text, width: width), x: x, y: y, style: style)
    }
}
