import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit
import Testing

@Suite("Reducer: records from the cache")
struct CachedRecordsTests {
    let asOf = CivilDateTime(parsing: "2026-11-20T10:05:00")!.date(utcOffsetSeconds: 0)

    private func fetchingState() -> (ExplorerState, Int) {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: TerminalSize(width: 160, height: 40), now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "prod", provider: .selectel)])
        guard case .fetch(_, let id) = state.beginFetch().last else { fatalError("no fetch") }
        return (state, id)
    }

    private var records: [CostRecord] {
        Fixtures.records.map { record in
            var renamed = record
            renamed.account = "prod"
            return renamed
        }
    }

    @Test func cachedRecordsShowAtOnceWhileTheRefreshGoesOn() {
        var (state, id) = fetchingState()
        _ = reduce(
            &state,
            .cachedRecordsLoaded(
                requestID: id, account: "prod", records: SpendStore(records), asOf: asOf, refreshing: true)
        )
        #expect(state.load.records.count == records.count)
        #expect(!state.table.rows.isEmpty)
        #expect(state.query.accounts[0].status == .loading, "still waiting for fresh data")
        #expect(state.query.accounts[0].dataAsOf == asOf)
        #expect(state.load.pendingRequestID == id)
        #expect(ExplorerView.render(state).text.contains("as of 10:05 UTC"))

        _ = reduce(
            &state, .recordsLoaded(requestID: id, account: "prod", records: SpendStore(records), at: Fixtures.now))
        #expect(state.query.accounts[0].dataAsOf == nil, "fresh data carries no age")
        #expect(!ExplorerView.render(state).text.contains("as of"))
        #expect(state.load.pendingRequestID == nil)
    }

    @Test func finalCachedRecordsEndTheLoad() {
        var (state, id) = fetchingState()
        _ = reduce(
            &state,
            .cachedRecordsLoaded(
                requestID: id, account: "prod", records: SpendStore(records), asOf: asOf, refreshing: false))
        #expect(state.query.accounts[0].status == .loaded(records: records.count, at: asOf))
        #expect(state.query.accounts[0].dataAsOf == asOf)
        #expect(state.load.pendingRequestID == nil)
    }

    @Test func staleCachedRecordsAreDroppedAndANewFetchForgetsTheAge() {
        var (state, id) = fetchingState()
        _ = reduce(
            &state,
            .cachedRecordsLoaded(
                requestID: id, account: "prod", records: SpendStore(records), asOf: asOf, refreshing: true)
        )
        _ = state.beginFetch()
        #expect(state.query.accounts[0].dataAsOf == nil)
        _ = reduce(
            &state,
            .cachedRecordsLoaded(requestID: id, account: "prod", records: SpendStore([]), asOf: asOf, refreshing: false)
        )
        #expect(state.query.accounts[0].status == .loading, "an answer to an old request changes nothing")
    }
}
