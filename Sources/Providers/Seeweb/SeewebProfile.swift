import CostCore
import Foundation

extension ProviderProfile {
    public static let seeweb = ProviderProfile(
        kind: .seeweb, publicEndpoint: SeewebAccount.defaultHost, credentialKeys: "token",
        rejectedCredentialAdvice: "the token was rejected: generate a new API token in the ECS panel",
        forbiddenAdvice: "the token's user needs access to billing",
        configKeys: SeewebSettings.keys, readSettings: SeewebSettings.read,
        traits: ProviderTraits(
            kind: .seeweb,
            drillSteps: [
                ProviderDrillStep(.project, "Group", "Groups"), ProviderDrillStep(.object, "Server", "Servers"),
                ProviderDrillStep(.metric, "Part", "Parts"),
            ],
            words: [.service: DimensionWords("Plan", "Plans")], metricDetail: .monthSplit))
}

/// A Seeweb account's own keys.
public struct SeewebSettings: ProviderSettings, Equatable {
    /// `csv` to ask for CSV instead of JSON.
    public var format: String?
    /// The zone of the API's months (Europe/Rome unless set).
    public var timezone: String?
    /// The currency of the amounts (EUR unless set).
    public var currency: Currency?

    static let keys: Set<String> = ["format", "timezone", "currency"]

    static func read(_ keys: any AccountKeys) throws(SettingsProblem) -> any ProviderSettings {
        let settings = SeewebSettings(
            format: try keys.choice("format", among: ["json", "csv"]), timezone: try keys.zone("timezone"),
            currency: try keys.currency("currency"))
        try keys.requireCredential("token", example: "token_env = \"SEEWEB_TOKEN\" (or token_command / token)")
        return settings
    }

    public var cacheKeyParts: [String] {
        var parts: [String] = []
        if let timezone { parts.append("timezone=\(timezone)") }
        if let format { parts.append("format=\(format)") }
        if let currency { parts.append("currency=\(currency.code)") }
        return parts
    }

    public func source(_ context: SourceContext) throws(SettingsProblem) -> any SpendSource {
        let token = try context.secret("token")
        var account = SeewebAccount(
            name: context.name, endpoint: try context.endpoint(default: SeewebAccount.defaultHost), token: token,
            format: format.flatMap(SeewebAccount.Format.init(rawValue:)) ?? .json,
            zone: timezone.flatMap(TimeZone.init(identifier:)) ?? SeewebAccount.defaultZone, now: context.now)
        if let currency { account.currency = currency }
        account.timeout = context.requestTimeLimit(account.timeout)
        account.retry = context.retry
        account.notes = context.notes
        return SeewebClient(account: account, transport: context.transport)
    }
}
