import ArgumentParser
import CostscopeApp
import Foundation
import Providers

/// Where requests are recorded, for commands that fetch.
struct NetworkOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Append one line per HTTP request to this file (time, account, method, URL, status, bytes, duration, retries and waits; never headers or bodies). Also COSTSCOPE_LOG=FILE.",
            valueName: "file"))
    var log: String?

    /// The request log's path: `--log`, else `COSTSCOPE_LOG`.
    var logPath: String? {
        if let log { return log }
        let variable = ProcessInfo.processInfo.environment["COSTSCOPE_LOG"] ?? ""
        return variable.isEmpty ? nil : variable
    }

    /// The network for this run: the shared transport, the request log when one is asked for
    /// (a file that cannot be opened fails here, before anything is fetched) and, for script
    /// commands (`showsStatus`), status lines on standard error when it is a terminal. Warnings
    /// and fallbacks of the fetches go to standard error as `costscope: warning: …` unless
    /// `printsNotes` is false (the explorer and `doctor` show them themselves).
    func network(showsStatus: Bool, printsNotes: Bool = true) throws -> FetchNetwork {
        var observers: [any RequestObserver] = []
        if let path = logPath { observers.append(RequestLog(file: try RequestLogFile(path: path))) }
        let status = showsStatus ? TerminalStatus.standardErrorIfTerminal() : nil
        if let status { observers.append(status) }
        let notes = FetchNotes()
        if printsNotes { notes.listen { note in StandardError.line("costscope: warning: \(note)") } }
        return FetchNetwork(
            transport: AsyncHTTPClientTransport(), observer: RequestObservers.combine(observers), status: status,
            notes: notes)
    }
}
