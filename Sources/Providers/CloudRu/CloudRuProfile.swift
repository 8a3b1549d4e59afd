extension ProviderProfile {
    public static let cloudRu = ProviderProfile(
        kind: .cloudru, publicEndpoint: CloudRuAccount.defaultEndpoint, credentialKeys: "key_id and secret",
        rejectedCredentialAdvice: "the key was rejected: check key_id and secret of the service account's API key",
        forbiddenAdvice:
            "grant the service account organisation admin (whole organisation) or project admin on each configured project"
    )
}
