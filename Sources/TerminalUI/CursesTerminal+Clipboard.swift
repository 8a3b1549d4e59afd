import CNCursesW
import Foundation

extension CursesTerminal {
    /// Asks the terminal to put `text` on the clipboard (OSC 52). Terminals that do not
    /// support it ignore the sequence; nothing on screen changes.
    public func copyToClipboard(_ text: String) {
        guard isActive, let output = outputFile ?? cs_stdout() else { return }
        let bytes = ClipboardSequence.bytes(for: text)
        fflush(output)
        _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, output) }
        fflush(output)
    }
}
