import CostCore

extension ProviderProfile {
    public static let onApp = ProviderProfile(
        kind: .onapp, publicEndpoint: nil, credentialKeys: "email and api_key",
        rejectedCredentialAdvice: "check email and api_key (the API key is generated on the user's profile page)",
        forbiddenAdvice: "the user's role needs permission to see billing statistics",
        traits: ProviderTraits(
            kind: .onapp,
            // A VM drills into the VM with its disks and network interfaces.
            drillSteps: [
                ProviderDrillStep(.object, "VM", "VMs", drillsIntoChildren: true),
                ProviderDrillStep(.object, "Disk / NIC", "Disks and NICs"),
                ProviderDrillStep(.metric, "Resource", "Resources"),
            ],
            keepsUsageCost: true))
}
