extension ProviderProfile {
    public static let seeweb = ProviderProfile(
        kind: .seeweb, publicEndpoint: SeewebAccount.defaultHost, credentialKeys: "token",
        rejectedCredentialAdvice: "the token was rejected: generate a new API token in the ECS panel",
        forbiddenAdvice: "the token's user needs access to billing")
}
