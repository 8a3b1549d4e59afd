import TerminalKit

/// The pure half of the terminal backend: remembers the last frame drawn,
/// diffs the next one against it, resolves styles through the theme and the
/// colour depth, and allocates colour pairs. Produces a ``RenderPlan`` that
/// ``CursesTerminal`` executes with ncurses calls.
public struct FrameRenderer: Sendable {
    /// The colour depth styles are degraded to.
    public let depth: ColorDepth
    /// Whether non-ASCII graphemes are replaced by `?`.
    public var asciiOnly: Bool {
        didSet { if asciiOnly != oldValue { invalidate() } }
    }
    /// The theme. Changing it repaints everything on the next frame.
    public var theme: Theme {
        get { resolver.theme }
        set {
            guard newValue != resolver.theme else { return }
            resolver.theme = newValue
            attributeCache.removeAll(keepingCapacity: true)
            invalidate()
        }
    }

    private var resolver: StyleResolver
    private var pairs: ColorPairTable
    private var attributeCache: [Style: CellAttributes] = [:]
    private var previous: Frame?

    /// Creates a renderer.
    ///
    /// - Parameters:
    ///   - theme: maps roles to colours.
    ///   - depth: the colour depth in use.
    ///   - pairCapacity: the terminal's `COLOR_PAIRS`.
    ///   - defaultColors: whether `use_default_colors()` succeeded.
    ///   - asciiOnly: replace non-ASCII graphemes by `?`.
    public init(
        theme: Theme, depth: ColorDepth, pairCapacity: Int = 256, defaultColors: Bool = true, asciiOnly: Bool = false
    ) {
        self.depth = depth
        self.asciiOnly = asciiOnly
        self.resolver = StyleResolver(theme: theme, depth: depth)
        self.pairs = ColorPairTable(capacity: depth == .none ? 1 : pairCapacity, defaultColors: defaultColors)
    }

    /// The last frame rendered, if any and not invalidated.
    public var lastFrame: Frame? { previous }

    /// Forgets what is on screen: the next ``render(_:)`` clears and repaints everything.
    public mutating func invalidate() {
        previous = nil
    }

    /// The plan that brings the screen from the last frame to `frame`.
    public mutating func render(_ frame: Frame) -> RenderPlan {
        let full = previous == nil || previous?.size != frame.size
        var plan = RenderPlan(clearScreen: full)
        let changes = FrameDiff.changes(from: full ? nil : previous, to: frame, asciiOnly: asciiOnly)
        plan.writes.reserveCapacity(changes.count)
        for var change in changes {
            change.attributes = attributes(for: change.cell.style, newPairs: &plan.newPairs)
            plan.writes.append(change)
        }
        previous = frame
        return plan
    }

    /// The attributes a style is drawn with, allocating its colour pair if needed.
    public mutating func attributes(for style: Style, newPairs: inout [ColorPairDefinition]) -> CellAttributes {
        if let cached = attributeCache[style] { return cached }
        let resolved = resolver.resolve(style)
        var pairNumber = 0
        if depth != .none {
            let pair = pairs.pair(foreground: resolved.foreground, background: resolved.background)
            pairNumber = pair.number
            if let definition = pair.definition { newPairs.append(definition) }
        }
        let attributes = CellAttributes(
            pair: pairNumber, bold: resolved.bold, reverse: resolved.reverse, underline: resolved.underline
        )
        attributeCache[style] = attributes
        return attributes
    }
}
