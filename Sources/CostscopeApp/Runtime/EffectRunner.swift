import CostCore
import Explorer
import Foundation
import Providers
import Synchronization

/// Runs the reducer's effects: fetches every account concurrently, posts the
/// results to an ``ActionInbox``, and cancels superseded requests.
package final class EffectRunner: Sendable {
    private let fetchers: [String: any SpendSource]
    private let unavailable: [String: String]
    package let inbox = ActionInbox()
    private let tasks = Mutex<[Int: Task<Void, Never>]>([:])
    private let clock: @Sendable () -> Date
    /// Where exported views are written (the current directory unless told otherwise).
    let exportDirectory: URL

    /// `unavailable` maps accounts that cannot be fetched to the reason, reported in their place.
    package init(
        fetchers: [any SpendSource], unavailable: [String: String] = [:], clock: @escaping @Sendable () -> Date,
        exportDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) {
        self.fetchers = Dictionary(uniqueKeysWithValues: fetchers.map { ($0.name, $0) })
        self.unavailable = unavailable
        self.clock = clock
        self.exportDirectory = exportDirectory
    }

    /// Starts `effect`. Returns false for effects the caller must handle itself (quit, repaint).
    @discardableResult
    package func run(_ effect: Effect) -> Bool {
        switch effect {
        case .fetch(let query, let requestID):
            start(query, requestID: requestID)
            return true
        case .cancel(let requestID):
            tasks.withLock { $0.removeValue(forKey: requestID) }?.cancel()
            return true
        case .export(let view, let format):
            export(view, as: format)
            return true
        case .quit, .repaint, .copyToClipboard:
            return false
        }
    }

    /// Whether any fetch is still running.
    package var isBusy: Bool { tasks.withLock { !$0.isEmpty } }

    /// Waits until every running fetch has finished.
    package func waitUntilIdle() async {
        while true {
            let running = tasks.withLock { Array($0.values) }
            if running.isEmpty { return }
            for task in running { await task.value }
        }
    }

    /// Cancels everything.
    package func cancelAll() {
        let running = tasks.withLock { tasks in
            defer { tasks.removeAll() }
            return Array(tasks.values)
        }
        for task in running { task.cancel() }
    }

    private func start(_ query: FetchQuery, requestID: Int) {
        let inbox = inbox
        let fetchers = query.accounts.compactMap { self.fetchers[$0] }
        let missing = query.accounts.filter { self.fetchers[$0] == nil }.map { name in
            (name, self.unavailable[name] ?? "\(name): no such account configured")
        }
        let clock = clock
        // Registered under the lock so the task cannot finish before it is known.
        tasks.withLock { tasks in
            tasks[requestID] = Task.detached { [weak self] in
                for (name, reason) in missing {
                    inbox.post(.fetchFailed(requestID: requestID, account: name, message: reason))
                }
                await withTaskGroup(of: Void.self) { group in
                    for fetcher in fetchers {
                        group.addTask {
                            do {
                                let account = fetcher.name
                                let answered = await Self.postCachedSnapshot(
                                    of: fetcher, for: query, requestID: requestID, to: inbox)
                                if answered { return }
                                let records = try await fetcher.fetch(query) { progress in
                                    inbox.post(
                                        .fetchProgress(
                                            requestID: requestID, account: account, requests: progress.requestsDone,
                                            rows: progress.rows))
                                }
                                guard !Task.isCancelled else { return }
                                inbox.post(
                                    .recordsLoaded(
                                        requestID: requestID, account: fetcher.name, records: records,
                                        at: clock()))
                            } catch {
                                guard !Task.isCancelled else { return }
                                let message = ErrorText.of(error)
                                inbox.post(.fetchFailed(requestID: requestID, account: fetcher.name, message: message))
                            }
                        }
                    }
                }
                self?.finished(requestID)
            }
        }
    }

    /// Writes an exported view and reports where it went, or why it could not be written.
    private func export(_ view: ViewExport, as format: ExportFormat) {
        do {
            let path = try ViewExportFile.write(view, as: format, in: exportDirectory, at: clock())
            inbox.post(.exported(path: path))
        } catch {
            inbox.post(.exportFailed((error as? CommandFailure)?.message ?? ErrorText.of(error)))
        }
    }

    private func finished(_ requestID: Int) {
        _ = tasks.withLock { $0.removeValue(forKey: requestID) }
    }
}
