import CostCore
import Synchronization

/// What one client learns about its account during a run and need not ask again: the currency
/// (`/v3/balances` is asked once) and the fetch plan the API accepted.
final class SelectelRunMemory: Sendable {
    private struct State {
        var currency: SelectelCurrency?
        var plan: SelectelFetchPlan?
    }

    private let state = Mutex(State())

    var currency: SelectelCurrency? {
        get { state.withLock { $0.currency } }
        set { state.withLock { $0.currency = newValue } }
    }

    var plan: SelectelFetchPlan? {
        get { state.withLock { $0.plan } }
        set { state.withLock { $0.plan = newValue } }
    }
}

/// The currency a run uses, and the fallback note to give when it is not the one
/// `/v3/balances` named.
struct SelectelCurrency: Sendable {
    var currency: Currency
    var fallbackNote: String?
}
