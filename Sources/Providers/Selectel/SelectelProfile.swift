extension ProviderProfile {
    public static let selectel = ProviderProfile(
        kind: .selectel, publicEndpoint: SelectelAccount.defaultEndpoint, credentialKeys: "token",
        rejectedCredentialAdvice:
            "the token was rejected: create a static key in the control panel (Account → API keys) and put it in token",
        forbiddenAdvice: "the key's user may not read billing: use the account owner's key or grant the billing role")
}
