/// Which part of a scrolling list a pane shows: the lines from ``firstVisible(cursor:count:height:)``
/// on, so the cursor's line stays in view. Shared by the side panes' drawing and mouse hit testing.
enum ListWindow {
    /// The index of the first line shown when `height` lines of a `count`-line list fit and the
    /// cursor is on line `cursor`.
    static func firstVisible(cursor: Int, count: Int, height: Int) -> Int {
        max(0, min(cursor - height + 1, count - height))
    }

    /// The list index drawn on screen line `y` of `inner` (a pane inside its border), or nil
    /// when `y` is outside it or below the last line.
    static func index(atY y: Int, inner: Rect, cursor: Int, count: Int) -> Int? {
        guard y >= inner.y, y < inner.bottom else { return nil }
        let index = firstVisible(cursor: cursor, count: count, height: inner.height) + (y - inner.y)
        return index < count ? index : nil
    }
}
