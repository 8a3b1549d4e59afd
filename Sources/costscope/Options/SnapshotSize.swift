import ArgumentParser
import CostscopeApp
import Explorer
import TerminalKit

/// `WIDTHxHEIGHT` for `--snapshot`, e.g. `120x40`.
struct SnapshotSize: ExpressibleByArgument {
    let size: TerminalSize

    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]), (1...1000).contains(width),
            (1...1000).contains(height)
        else { return nil }
        size = TerminalSize(width: width, height: height)
    }

    static var defaultCompletionKind: CompletionKind { .list(["80x24", "120x40", "200x50"]) }
}
