import Providers

/// Several observers told the same events, in order.
package struct RequestObservers: RequestObserver {
    package let observers: [any RequestObserver]

    package func record(_ event: RequestEvent) {
        for observer in observers { observer.record(event) }
    }

    /// The one observer of `observers`, all of them together, or nil when there is none.
    package static func combine(_ observers: [any RequestObserver]) -> (any RequestObserver)? {
        switch observers.count {
        case 0: nil
        case 1: observers[0]
        default: RequestObservers(observers: observers)
        }
    }
}
