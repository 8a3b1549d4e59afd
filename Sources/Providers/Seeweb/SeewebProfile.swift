import CostCore

extension ProviderProfile {
    public static let seeweb = ProviderProfile(
        kind: .seeweb, publicEndpoint: SeewebAccount.defaultHost, credentialKeys: "token",
        rejectedCredentialAdvice: "the token was rejected: generate a new API token in the ECS panel",
        forbiddenAdvice: "the token's user needs access to billing",
        traits: ProviderTraits(
            kind: .seeweb,
            drillSteps: [
                ProviderDrillStep(.project, "Group", "Groups"), ProviderDrillStep(.object, "Server", "Servers"),
                ProviderDrillStep(.metric, "Part", "Parts"),
            ],
            words: [.service: DimensionWords("Plan", "Plans")], metricDetail: .monthSplit))
}
