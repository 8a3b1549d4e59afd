extension ProviderProfile {
    public static let onApp = ProviderProfile(
        kind: .onapp, publicEndpoint: nil, credentialKeys: "email and api_key",
        rejectedCredentialAdvice: "check email and api_key (the API key is generated on the user's profile page)",
        forbiddenAdvice: "the user's role needs permission to see billing statistics")
}
