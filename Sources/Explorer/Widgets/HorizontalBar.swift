/// A horizontal bar drawn with eighth-cell precision.
public enum HorizontalBar {
    /// The bar for `fraction` (0…1) of `width` cells.
    public static func text(fraction: Double, width: Int, glyphs: Glyphs) -> String {
        guard width > 0, fraction.isFinite, fraction > 0 else { return "" }
        let eighths = Int((min(fraction, 1) * Double(width * 8)).rounded())
        let full = eighths / 8
        let rest = eighths % 8
        var bar = String(repeating: glyphs.horizontalEighths[7], count: full)
        if rest > 0 { bar += glyphs.horizontalEighths[rest - 1] }
        if bar.isEmpty { bar = glyphs.horizontalEighths[0].isEmpty ? "" : glyphs.horizontalEighths[0] }
        return bar
    }
}
