/// The whole config file.
public struct CostscopeConfig: Sendable, Equatable {
    /// The theme name, when set.
    public var theme: String?
    /// The accounts, in file order.
    public var accounts: [AccountConfig]

    public init(theme: String? = nil, accounts: [AccountConfig]) {
        self.theme = theme
        self.accounts = accounts
    }
}
