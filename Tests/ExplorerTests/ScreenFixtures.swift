import CostCore
import Explorer
import Providers
import TerminalKit

/// States for the screens without data: still loading, and a failed fetch.
enum ScreenFixtures {
    /// The message a rejected Selectel token produces.
    static let unauthorized =
        "Selectel (selectel-demo) GET /v1/cloud_billing/statistic/consumption: 401 Unauthorized: the credential was missing or rejected. Check the X-Token configured for this account"

    /// One Selectel account whose first fetch has not answered yet.
    static func loading(size: TerminalSize, ascii: Bool = false) -> ExplorerState {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: size, now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "selectel-demo", provider: .selectel)], ascii: ascii)
        _ = state.beginFetch()
        return state
    }

    /// The same account after its fetch failed with ``unauthorized``.
    static func failed(size: TerminalSize, ascii: Bool = false) -> ExplorerState {
        var state = loading(size: size, ascii: ascii)
        guard let id = state.load.pendingRequestID else { return state }
        _ = reduce(&state, .fetchFailed(requestID: id, account: "selectel-demo", message: unauthorized))
        return state
    }
}
