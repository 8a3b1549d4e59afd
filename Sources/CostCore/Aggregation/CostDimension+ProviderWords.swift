extension CostDimension {
    /// The name `provider`'s own console gives this dimension, e.g. `Server` for a Seeweb
    /// object; the generic ``title`` when the provider has no word of its own or is nil.
    public func title(for provider: ProviderKind?) -> String {
        providerWords(provider)?.singular ?? title
    }

    /// The plural of ``title(for:)``, e.g. `SKUs` for Cloud.ru metrics.
    public func pluralTitle(for provider: ProviderKind?) -> String {
        providerWords(provider)?.plural ?? pluralTitle
    }

    private func providerWords(_ provider: ProviderKind?) -> (singular: String, plural: String)? {
        switch (provider, self) {
        case (.cloudru, .object): ("Resource", "Resources")
        case (.cloudru, .metric): ("SKU", "SKUs")
        case (.onapp, .object): ("VM", "VMs")
        case (.onapp, .metric): ("Resource", "Resources")
        case (.seeweb, .project): ("Group", "Groups")
        case (.seeweb, .object): ("Server", "Servers")
        case (.seeweb, .metric): ("Part", "Parts")
        case (.seeweb, .service): ("Plan", "Plans")
        case (.f5xc, .metric): ("Item", "Items")
        default: nil
        }
    }
}
