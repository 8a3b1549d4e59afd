import CostCore
import Foundation

extension ProviderProfile {
    public static let cloudRu = ProviderProfile(
        kind: .cloudru, publicEndpoint: CloudRuAccount.defaultEndpoint, credentialKeys: "key_id and secret",
        rejectedCredentialAdvice: "the key was rejected: check key_id and secret of the service account's API key",
        forbiddenAdvice:
            "grant the service account organisation admin (whole organisation) or project admin on each configured project",
        configKeys: CloudRuSettings.keys, readSettings: CloudRuSettings.read,
        traits: ProviderTraits(
            kind: .cloudru,
            drillSteps: [
                ProviderDrillStep(.project, "Project", "Projects"), ProviderDrillStep(.service, "Service", "Services"),
                ProviderDrillStep(.object, "Resource", "Resources"), ProviderDrillStep(.metric, "SKU", "SKUs"),
            ],
            metricDetail: .quantities(showsTariff: true, oneObjectOnly: false),
            // Cloud.ru restates the previous month (providers.md).
            restatedMonths: 1))
}

/// A Cloud.ru account's own keys.
public struct CloudRuSettings: ProviderSettings, Equatable {
    /// The agreement to read, or nil when ``projectIDs`` are given.
    public var agreementID: String?
    /// The projects to read.
    public var projectIDs: [String] = []
    /// The IAM token endpoint, when not the public one.
    public var iamEndpoint: Endpoint?
    /// Display names of projects by id.
    public var projectNames: [String: String] = [:]
    /// Only these services (`servname`); all when empty.
    public var serviceNames: [String] = []
    /// Amounts with VAT (`amount_nds`, the default) or without (`amount`).
    public var includeVAT = true
    /// Which consumption API to call (v1, the documented one, unless set; v2 falls back to v1
    /// when it answers 404).
    public var apiVersion: CloudRuAPIVersion = .v1
    /// The zone whose days a `usedate` off UTC midnight falls in (Europe/Moscow unless set).
    public var timezone: String?

    static let keys: Set<String> = [
        "agreement_id", "project_ids", "key_id", "key_id_env", "key_id_command", "secret", "secret_env",
        "secret_command", "iam_url", "project_names", "service_names", "include_vat", "api_version", "timezone",
    ]

    static func read(_ keys: any AccountKeys) throws(SettingsProblem) -> any ProviderSettings {
        var settings = CloudRuSettings(
            agreementID: try keys.string("agreement_id"), projectIDs: try keys.strings("project_ids") ?? [],
            iamEndpoint: nil, projectNames: [:])
        _ = try keys.hasCredential("key_id")
        _ = try keys.hasCredential("secret")
        settings.iamEndpoint = try keys.endpoint("iam_url")
        settings.projectNames = try keys.stringTable("project_names") ?? [:]
        settings.serviceNames = try keys.strings("service_names") ?? []
        settings.includeVAT = try keys.bool("include_vat") ?? true
        settings.timezone = try keys.zone("timezone")
        if let version = try keys.string("api_version") {
            guard let parsed = CloudRuAPIVersion(rawValue: version.lowercased()) else {
                throw keys.problem("api_version must be \"v1\" or \"v2\", not '\(version)'", key: "api_version")
            }
            settings.apiVersion = parsed
        }
        try keys.requireCredential("key_id", example: "key_id_env = \"CLOUDRU_KEY_ID\" (or key_id_command / key_id)")
        try keys.requireCredential("secret", example: "secret_env = \"CLOUDRU_SECRET\" (or secret_command / secret)")
        guard settings.agreementID != nil || !settings.projectIDs.isEmpty else {
            throw keys.problem("needs agreement_id = \"...\" (whole organisation) or project_ids = [\"...\"]", key: nil)
        }
        return settings
    }

    public var cacheKeyParts: [String] { cacheKeyParts(apiVersion: nil) }

    /// v1 and v2 read the same spend; the version used to be part of the key.
    public var earlierCacheKeyParts: [[String]] { CloudRuAPIVersion.allCases.map { cacheKeyParts(apiVersion: $0) } }

    private func cacheKeyParts(apiVersion: CloudRuAPIVersion?) -> [String] {
        var parts: [String] = []
        if let iamEndpoint { parts.append("iam=\(iamEndpoint.keyText)") }
        if let timezone { parts.append("timezone=\(timezone)") }
        if let agreementID { parts.append("agreement_id=\(agreementID)") }
        if !projectIDs.isEmpty { parts.append("project_ids=\(projectIDs.sorted().joined(separator: ","))") }
        if !projectNames.isEmpty {
            let names = projectNames.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }
            parts.append("project_names=\(names.joined(separator: ","))")
        }
        if !serviceNames.isEmpty { parts.append("service_names=\(serviceNames.sorted().joined(separator: ","))") }
        parts.append("include_vat=\(includeVAT)")
        if let apiVersion { parts.append("api_version=\(apiVersion)") }
        return parts
    }

    public func source(_ context: SourceContext) throws(SettingsProblem) -> any SpendSource {
        let keyID = try context.secret("key_id")
        let secret = try context.secret("secret")
        let base = try context.endpoint(default: CloudRuAccount.defaultEndpoint)
        let iam: Endpoint
        if let iamEndpoint {
            iam = iamEndpoint
        } else {
            do { iam = try Endpoint(CloudRuAccount.defaultIAMEndpoint) } catch {
                throw context.problem(error.message, nil)
            }
        }
        var account = CloudRuAccount(
            name: context.name, endpoint: base, iamEndpoint: iam, keyID: keyID, secret: secret,
            agreementID: agreementID,
            projectIDs: projectIDs, projectNames: projectNames, serviceNames: serviceNames, apiVersion: apiVersion,
            zone: timezone.flatMap(TimeZone.init(identifier:)) ?? CloudRuAccount.defaultZone, includeVAT: includeVAT)
        account.timeout = context.requestTimeLimit(account.timeout)
        account.retry = context.retry
        account.notes = context.notes
        return CloudRuClient(account: account, transport: context.transport)
    }
}
