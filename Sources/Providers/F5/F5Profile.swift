import CostCore
import Foundation

extension ProviderProfile {
    public static let f5 = ProviderProfile(
        kind: .f5xc, publicEndpoint: nil, credentialKeys: "token",
        rejectedCredentialAdvice:
            "the API token was rejected or expired: create one under Administration → Credentials",
        forbiddenAdvice: "the token's user needs a role that may read billing usage (tenant admin or billing monitor)",
        configKeys: F5Settings.keys, readSettings: F5Settings.read,
        traits: ProviderTraits(
            kind: .f5xc,
            drillSteps: [
                ProviderDrillStep(.service, "Service", "Services"), ProviderDrillStep(.metric, "Item", "Items"),
            ],
            metricDetail: .quantities(showsTariff: false, oneObjectOnly: false), sendsHoursOnRequest: true))
}

/// An F5 Distributed Cloud account has no keys of its own: its tenant is its `base_url`.
public struct F5Settings: ProviderSettings, Equatable {
    static let example = "https://<tenant>.console.ves.volterra.io"
    static let keys: Set<String> = []

    static func read(_ keys: any AccountKeys) throws(SettingsProblem) -> any ProviderSettings {
        guard keys.endpoint != nil else { throw keys.problem("needs base_url = \"\(example)\"", key: nil) }
        try keys.requireCredential("token", example: "token_env = \"F5XC_TOKEN\" (or token_command / token)")
        return F5Settings()
    }

    public var cacheKeyParts: [String] { [] }

    public func source(_ context: SourceContext) throws(SettingsProblem) -> any SpendSource {
        let token = try context.secret("token")
        var account = F5Account(
            name: context.name, endpoint: try context.requiredEndpoint(example: Self.example), token: token)
        account.timeout = context.requestTimeLimit(account.timeout)
        account.retry = context.retry
        account.notes = context.notes
        return F5Client(account: account, transport: context.transport)
    }
}
