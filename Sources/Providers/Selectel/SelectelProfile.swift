import CostCore
import Foundation

extension ProviderProfile {
    public static let selectel = ProviderProfile(
        kind: .selectel, publicEndpoint: SelectelAccount.defaultEndpoint, credentialKeys: "token",
        rejectedCredentialAdvice:
            "the token was rejected: create a static key in the control panel (Account → API keys) and put it in token",
        forbiddenAdvice: "the key's user may not read billing: use the account owner's key or grant the billing role",
        configKeys: SelectelSettings.keys, readSettings: SelectelSettings.read,
        traits: ProviderTraits(
            kind: .selectel,
            coverageNote:
                "Selectel's billing statistics leave out dedicated servers, colocation and firewalls: the total is not the whole bill",
            // Objects nest by `parent_id`.
            drillSteps: [
                ProviderDrillStep(.project, "Project", "Projects"), ProviderDrillStep(.object, "Object", "Objects"),
                ProviderDrillStep(.metric, "Metric", "Metrics"),
            ],
            metricDetail: .quantities(showsTariff: false, oneObjectOnly: true), sendsHoursOnRequest: true))
}

/// A Selectel account's own keys.
public struct SelectelSettings: ProviderSettings, Equatable {
    /// The services to include; nil means all of them.
    public var providerKeys: [String]?
    /// The zone of the API's naive datetimes (Europe/Moscow unless set).
    public var timezone: String?
    /// Which header carries the token (`X-Token` unless `auth = "x-auth-token"`).
    public var auth: SelectelAuth?
    /// The language of localised names (`en` or `ru`).
    public var locale: String?
    /// The currency of the amounts when the API does not say (RUB unless set).
    public var currency: Currency?

    static let keys: Set<String> = ["provider_keys", "timezone", "auth", "locale", "currency"]

    static func read(_ keys: any AccountKeys) throws(SettingsProblem) -> any ProviderSettings {
        let settings = SelectelSettings(
            providerKeys: try keys.strings("provider_keys"), timezone: try keys.zone("timezone"),
            auth: try keys.choice("auth", among: SelectelAuth.allCases.map(\.rawValue)).flatMap(SelectelAuth.init),
            locale: try keys.choice("locale", among: SelectelLocale.allCases.map(\.rawValue)),
            currency: try keys.currency("currency"))
        try keys.requireCredential("token", example: "token_env = \"SELECTEL_TOKEN\" (or token_command / token)")
        return settings
    }

    public var cacheKeyParts: [String] {
        var parts: [String] = []
        // Without a list every service is asked for; periods cached when the default was the
        // documented list may lack services, so they are fetched again under a new key.
        parts.append("provider_keys=\(providerKeys.map { $0.sorted().joined(separator: ",") } ?? "all")")
        if let timezone { parts.append("timezone=\(timezone)") }
        // Names come in the locale's language; the header that carries the token changes nothing stored.
        if let locale { parts.append("locale=\(locale)") }
        if let currency { parts.append("currency=\(currency.code)") }
        return parts
    }

    public var viewZone: TimeZone? { timezone.flatMap(TimeZone.init(identifier:)) ?? SelectelAccount.moscow }

    public func source(_ context: SourceContext) throws(SettingsProblem) -> any SpendSource {
        var account = SelectelAccount(
            name: context.name, endpoint: try context.endpoint(default: SelectelAccount.defaultEndpoint),
            token: try context.secret("token"), auth: auth ?? .xToken, providerKeys: providerKeys,
            zone: timezone.flatMap(TimeZone.init(identifier:)) ?? SelectelAccount.moscow,
            locale: locale.flatMap(SelectelLocale.init(rawValue:)) ?? .en, currency: currency)
        account.timeout = context.requestTimeLimit(account.timeout)
        account.retry = context.retry
        account.notes = context.notes
        return SelectelClient(account: account, transport: context.transport)
    }
}
