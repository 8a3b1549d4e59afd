import CostCore

extension ProviderProfile {
    public static let f5 = ProviderProfile(
        kind: .f5xc, publicEndpoint: nil, credentialKeys: "token",
        rejectedCredentialAdvice:
            "the API token was rejected or expired: create one under Administration → Credentials",
        forbiddenAdvice: "the token's user needs a role that may read billing usage (tenant admin or billing monitor)",
        traits: ProviderTraits(
            kind: .f5xc,
            drillSteps: [
                ProviderDrillStep(.service, "Service", "Services"), ProviderDrillStep(.metric, "Item", "Items"),
            ],
            metricDetail: .quantities(showsTariff: false, oneObjectOnly: false), sendsHoursOnRequest: true))
}
