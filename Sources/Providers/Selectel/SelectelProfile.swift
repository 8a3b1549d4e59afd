import CostCore

extension ProviderProfile {
    public static let selectel = ProviderProfile(
        kind: .selectel, publicEndpoint: SelectelAccount.defaultEndpoint, credentialKeys: "token",
        rejectedCredentialAdvice:
            "the token was rejected: create a static key in the control panel (Account → API keys) and put it in token",
        forbiddenAdvice: "the key's user may not read billing: use the account owner's key or grant the billing role",
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
