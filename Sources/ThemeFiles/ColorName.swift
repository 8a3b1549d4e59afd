import Foundation
import TerminalKit

/// Colour names a theme file may use.
enum ColorName {
    static let ansi = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// `default`, a palette index as text, `#rrggbb`, or an ANSI name such as `red` or `bright-red`.
    static func parse(_ text: String) -> TerminalColor? {
        let name = text.lowercased().trimmingCharacters(in: .whitespaces)
        if name == "default" { return .terminalDefault }
        if let index = UInt8(name) { return .indexed(index) }
        if name.hasPrefix("#"), name.count == 7, let value = UInt32(name.dropFirst(), radix: 16) {
            return .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
        }
        if let index = ansi.firstIndex(of: name) { return .ansi(UInt8(index)) }
        if name.hasPrefix("bright-"), let index = ansi.firstIndex(of: String(name.dropFirst(7))) {
            return .ansi(UInt8(index + 8))
        }
        return nil
    }
}
