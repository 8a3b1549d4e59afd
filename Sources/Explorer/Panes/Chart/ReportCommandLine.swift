import CostCore
import Foundation

/// The `costscope report` command that prints the numbers of the current view, and what
/// of the view it cannot express.
public struct ReportCommandLine: Hashable, Sendable {
    /// The words of the command, unquoted.
    public var arguments: [String]
    /// Parts of the view the report command has no option for (the drill path, the row filter).
    public var omissions: [String]

    /// The command for `state`'s view.
    public init(_ state: ExplorerState) {
        var words = ["costscope", "report"]
        if state.query.excludedAccounts.isEmpty {
            words += state.screen.reportSource
        } else {
            words += Self.withoutAccounts(state.screen.reportSource)
            for account in state.accountsInView { words += ["--account", account.name] }
        }
        if let preset = state.query.preset {
            words += ["--range", preset.rawValue]
        } else {
            let days = DateText.range(state.query.range, zone: state.query.zone, ascii: true).components(
                separatedBy: " - ")
            words += ["--from", days[0], "--to", days[days.count - 1]]
        }
        words += ["--tz", state.query.zone.identifier, "--group-by", state.level.dimension.rawValue]
        words += ["--granularity", state.query.granularity.rawValue]
        arguments = words
        var missing: [String] = []
        if state.chart.levels.count > 1 {
            missing.append("the drill path (" + state.drillPath.joined(separator: " > ") + ")")
        }
        if let filter = state.chart.rowFilter { missing.append("the filter '\(filter.pattern)'") }
        omissions = missing
    }

    /// `arguments` without any `--account NAME` pair.
    static func withoutAccounts(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            if arguments[index] == "--account" {
                index += 2
                continue
            }
            result.append(arguments[index])
            index += 1
        }
        return result
    }

    /// The command as one line for a POSIX shell.
    public var text: String { arguments.map(Self.quoted).joined(separator: " ") }

    /// The line shown after copying: the command, and what it leaves out.
    public var notice: String {
        guard !omissions.isEmpty else { return "Copied: " + text }
        return "Copied: \(text)  (report has no option for \(omissions.joined(separator: " or ")); "
            + "it lists every \(arguments.contains("--group-by") ? groupBy : "group"))"
    }

    private var groupBy: String {
        guard let index = arguments.firstIndex(of: "--group-by"), index + 1 < arguments.count else { return "group" }
        return arguments[index + 1]
    }

    /// `word` as a shell word: unchanged when it is made only of safe characters, else in single quotes.
    public static func quoted(_ word: String) -> String {
        let safe = CharacterSet(
            charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@%+,")
        if !word.isEmpty, word.unicodeScalars.allSatisfy({ safe.contains($0) }) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
