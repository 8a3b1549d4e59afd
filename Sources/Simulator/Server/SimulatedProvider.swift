import Hummingbird

/// One provider API served by the shared simulator (Selectel, Cloud.ru; more providers later).
protocol SimulatedProvider: Sendable {
    /// Registers the provider's endpoints on the shared router.
    func addRoutes(to router: Router<BasicRequestContext>)

    /// A short human description for ``RunningSimulator/banner``: base URL, credentials and an
    /// example request against `baseURL`.
    func bannerSection(baseURL: String) -> String
}
