import CostCore

extension ProviderProfile {
    public static let cloudRu = ProviderProfile(
        kind: .cloudru, publicEndpoint: CloudRuAccount.defaultEndpoint, credentialKeys: "key_id and secret",
        rejectedCredentialAdvice: "the key was rejected: check key_id and secret of the service account's API key",
        forbiddenAdvice:
            "grant the service account organisation admin (whole organisation) or project admin on each configured project",
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
