/// The services and usage items of the simulated tenant, with their prices and usage levels.
///
/// Prices are the simulator's own round numbers in US cents (F5 quotes per contract); the
/// seed varies every usage level by up to ±25 %.
enum F5Catalog {
    /// The service of load balancers and their traffic.
    static let appConnect = "Multi-Cloud App Connect"
    /// The web application firewall service.
    static let waap = "Web App & API Protection"
    /// The bot defense service.
    static let botDefense = "Bot Defense"
    /// The DNS service.
    static let dns = "DNS"
    /// The item whose usage (and cost) the planted spike multiplies.
    static let spikeItemName = "WAAP Requests"

    /// Every usage item, in a stable order, with seed-dependent usage levels.
    static func items(seed: UInt64) -> [F5UsageItem] {
        var random = SplitMix64(seed: seed ^ 0x4635_5843_4154_414C)
        func scaled(_ base: Int64) -> Int64 {
            base * Int64(random.int(in: 750...1250)) / 1000
        }
        func item(
            _ name: String, _ service: String, usage: String, billing: String, cents: Int64, per quantity: Int64,
            _ division: F5BillingDivision, _ shape: F5UsageShape
        ) -> F5UsageItem {
            F5UsageItem(
                name: name, service: service, usageUnit: usage, billingUnit: billing, priceCents: cents,
                priceQuantity: quantity, division: division, shape: shape, salt: random.next())
        }
        return [
            item(
                "HTTP Load Balancer", appConnect, usage: "hours", billing: "load balancers", cents: 5, per: 1,
                .windowHours, .resourceCount(base: 3)),
            item(
                "Load Balancer Data Transfer", appConnect, usage: "bytes", billing: "GB", cents: 3,
                per: 1_000_000_000, .fixed(1_000_000_000), .traffic(basePerHour: scaled(20_000_000_000))),
            item(
                spikeItemName, waap, usage: "requests", billing: "million requests", cents: 100, per: 1_000_000,
                .fixed(1_000_000), .traffic(basePerHour: scaled(1_500_000))),
            item(
                "Bot Defense Transactions", botDefense, usage: "transactions", billing: "10K transactions", cents: 20,
                per: 10_000, .fixed(10_000), .traffic(basePerHour: scaled(60_000))),
            item(
                "DNS Zones", dns, usage: "hours", billing: "zones", cents: 1, per: 1, .windowHours,
                .resourceCount(base: 12)),
            item(
                "DNS Queries", dns, usage: "queries", billing: "million queries", cents: 40, per: 1_000_000,
                .fixed(1_000_000), .traffic(basePerHour: scaled(300_000))),
        ]
    }

    /// Tenant names the seed picks from; a seeded suffix makes each one unique.
    static let tenantStems = ["acme-retail", "northwind", "globex-shop", "initech", "umbrella-labs", "stark-apps"]
}
