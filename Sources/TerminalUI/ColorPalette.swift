import TerminalKit

/// Colour arithmetic for degrading theme colours to what a terminal can show.
///
/// Reference values are xterm's defaults: ANSI 0–15, the 6×6×6 cube
/// (levels 0, 95, 135, 175, 215, 255) at 16–231 and the grey ramp
/// (8, 18, …, 238) at 232–255. "Nearest" is the smallest squared distance in
/// RGB space.
public enum ColorPalette {
    /// An RGB triple with components 0–255.
    public typealias RGB = (red: Int, green: Int, blue: Int)

    private static let ansi: [RGB] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The RGB value of a 256-colour palette index.
    public static func rgb(ofIndex index: UInt8) -> RGB {
        let value = Int(index)
        switch value {
        case 0..<16:
            return ansi[value]
        case 16..<232:
            let offset = value - 16
            return (cubeLevels[offset / 36], cubeLevels[(offset / 6) % 6], cubeLevels[offset % 6])
        default:
            let level = 8 + 10 * (value - 232)
            return (level, level, level)
        }
    }

    /// The RGB value a theme colour stands for, or `nil` for the terminal default.
    public static func rgb(of color: TerminalColor) -> RGB? {
        switch color {
        case .terminalDefault: return nil
        case .ansi(let index): return rgb(ofIndex: min(index, 15))
        case .indexed(let index): return rgb(ofIndex: index)
        case .rgb(let red, let green, let blue): return (Int(red), Int(green), Int(blue))
        }
    }

    /// The palette index 16–255 closest to `color` (the terminal-dependent
    /// ANSI 0–15 are never chosen).
    public static func nearest256(_ color: RGB) -> Int {
        nearest(color, in: 16..<256)
    }

    /// The ANSI colour 0–15 closest to `color`.
    public static func nearest16(_ color: RGB) -> Int {
        nearest(color, in: 0..<16)
    }

    /// The colour number to hand to ncurses for `color` at `depth`; `-1`
    /// means the terminal default. Returns `-1` at ``ColorDepth/none``.
    ///
    /// - ANSI colours and palette indices 0–15 stay as they are on 16 colours;
    ///   on 8 colours the bright ones fold onto their normal counterparts.
    /// - Other palette indices and RGB colours become the nearest ANSI colour
    ///   on 16 colours, and on 8 colours that colour folded (bright black
    ///   becomes white for text so it stays legible, black for backgrounds).
    /// - On 256 colours RGB becomes the nearest cube or grey entry.
    /// - On direct colour everything becomes `0xRRGGBB` except ANSI 0–7.
    public static func colorNumber(for color: TerminalColor, depth: ColorDepth, isBackground: Bool) -> Int {
        if case .terminalDefault = color { return -1 }
        switch depth {
        case .none:
            return -1
        case .eight, .sixteen:
            let index: Int
            switch color {
            case .terminalDefault: return -1
            case .ansi(let value): index = Int(min(value, 15))
            case .indexed(let value) where value < 16: index = Int(value)
            case .indexed, .rgb: index = nearest16(rgb(of: color) ?? (0, 0, 0))
            }
            guard depth == .eight, index >= 8 else { return index }
            if index == 8, !isBackground, !isANSI(color) { return 7 }
            return index - 8
        case .palette256:
            switch color {
            case .terminalDefault: return -1
            case .ansi(let value): return Int(min(value, 15))
            case .indexed(let value): return Int(value)
            case .rgb(let red, let green, let blue): return nearest256((Int(red), Int(green), Int(blue)))
            }
        case .direct:
            if case .ansi(let value) = color, value < 8 { return Int(value) }
            if case .indexed(let value) = color, value < 8 { return Int(value) }
            guard let value = rgb(of: color) else { return -1 }
            let packed = value.red << 16 | value.green << 8 | value.blue
            return packed < 8 ? 0 : packed  // 0–7 would select ANSI colours
        }
    }

    private static func isANSI(_ color: TerminalColor) -> Bool {
        if case .ansi = color { return true }
        return false
    }

    private static func nearest(_ color: RGB, in range: Range<Int>) -> Int {
        var best = range.lowerBound
        var bestDistance = Int.max
        for index in range {
            let candidate = rgb(ofIndex: UInt8(index))
            let red = candidate.red - color.red
            let green = candidate.green - color.green
            let blue = candidate.blue - color.blue
            let distance = red * red + green * green + blue * blue
            if distance < bestDistance {
                best = index
                bestDistance = distance
                if distance == 0 { break }
            }
        }
        return best
    }
}
