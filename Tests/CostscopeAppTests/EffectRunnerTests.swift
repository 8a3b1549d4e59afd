import CostCore
import Explorer
import Foundation
import Testing

@testable import CostscopeApp

@Suite struct EffectRunnerTests {
    private let now = AppFixtures.november.addingTimeInterval(20 * AppFixtures.day)

    private func query(_ accounts: [String]) -> FetchQuery {
        FetchQuery(accounts: accounts, range: AppFixtures.days(10), granularity: .day, zone: AppFixtures.utc)
    }

    @Test func aFetchPostsEachAccountsRecordsOrItsFailureUnderItsRequest() async {
        let good = RecordedSource(
            name: "main",
            records: AppFixtures.daily(account: "main", object: "vm", over: AppFixtures.days(10), amount: "1.25"))
        let broken = RecordedSource(name: "broken", records: [], failure: .unauthorized)
        let runner = EffectRunner(
            fetchers: [good, broken], unavailable: ["locked": "locked: token_env SELECTEL_TOKEN is not set"],
            clock: { [now] in now })

        #expect(runner.run(.fetch(query(["main", "broken", "locked", "ghost"]), requestID: 7)))
        await runner.waitUntilIdle()

        var loaded: [String: SpendStore] = [:]
        var failed: [String: String] = [:]
        for action in runner.inbox.drain() {
            switch action {
            case .recordsLoaded(let requestID, let account, let records, let at):
                #expect(requestID == 7)
                #expect(at == now)
                loaded[account] = records
            case .fetchFailed(let requestID, let account, let message):
                #expect(requestID == 7)
                failed[account] = message
            default: continue
            }
        }
        #expect(Array(loaded.keys) == ["main"])
        #expect(loaded["main"]?.count == 10)
        #expect(loaded["main"].map { MoneyTotals(Array($0).map(\.amount))[.rub].amount } == Amount("12.50"))
        #expect(failed["broken"]?.contains("401") == true)
        #expect(failed["locked"] == "locked: token_env SELECTEL_TOKEN is not set")
        #expect(failed["ghost"] == "ghost: no such account configured")
        #expect(!runner.isBusy)
    }

    @Test func aCancelledRequestPostsNothing() async {
        let runner = EffectRunner(fetchers: [StalledSource(name: "slow")], clock: { [now] in now })
        runner.run(.fetch(query(["slow"]), requestID: 3))
        #expect(runner.isBusy)
        #expect(runner.run(.cancel(requestID: 3)))
        await runner.waitUntilIdle()
        let posted = runner.inbox.drain().filter {
            switch $0 {
            case .recordsLoaded, .fetchFailed: true
            default: false
            }
        }
        #expect(posted.isEmpty)
        #expect(!runner.isBusy)
    }

    @Test func quitRepaintAndClipboardAreLeftToTheSession() {
        let runner = EffectRunner(fetchers: [], clock: { [now] in now })
        #expect(!runner.run(.quit))
        #expect(!runner.run(.repaint))
        #expect(runner.inbox.drain().isEmpty)
    }
}
