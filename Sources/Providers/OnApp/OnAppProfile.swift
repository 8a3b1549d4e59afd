import CostCore
import Foundation

extension ProviderProfile {
    public static let onApp = ProviderProfile(
        kind: .onapp, publicEndpoint: nil, credentialKeys: "email and api_key",
        rejectedCredentialAdvice: "check email and api_key (the API key is generated on the user's profile page)",
        forbiddenAdvice: "the user's role needs permission to see billing statistics",
        configKeys: OnAppSettings.keys, readSettings: OnAppSettings.read,
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

/// An OnApp account's own keys.
public struct OnAppSettings: ProviderSettings, Equatable {
    /// The user whose statistics are read.
    public var userID: Int
    /// The login of the API key.
    public var email: String
    /// `xml` to ask for XML instead of JSON.
    public var format: String?

    static let keys: Set<String> = ["user_id", "email", "api_key", "api_key_env", "api_key_command", "format"]

    static func read(_ keys: any AccountKeys) throws(SettingsProblem) -> any ProviderSettings {
        let userText = try keys.string("user_id", allowInteger: true)
        let email = try keys.string("email")
        _ = try keys.hasCredential("api_key")
        guard keys.endpoint != nil else {
            throw keys.problem("needs base_url = \"https://your-control-panel\" (OnApp has no global host)", key: nil)
        }
        let format = try keys.choice("format", among: ["json", "xml"])
        guard let userText else { throw keys.problem("needs user_id = ... (the OnApp user to read)", key: nil) }
        guard let userID = Int(userText), userID > 0 else {
            throw keys.problem("user_id must be a positive whole number (the OnApp user's id)", key: "user_id")
        }
        guard let email else { throw keys.problem("needs email = \"...\" (the login of the API key)", key: nil) }
        try keys.requireCredential("api_key", example: "api_key_env = \"ONAPP_API_KEY\" (or api_key_command / api_key)")
        return OnAppSettings(userID: userID, email: email, format: format)
    }

    public var cacheKeyParts: [String] { ["user_id=\(userID)"] + (format.map { ["format=\($0)"] } ?? []) }

    public func source(_ context: SourceContext) throws(SettingsProblem) -> any SpendSource {
        let apiKey = try context.secret("api_key")
        var account = OnAppAccount(
            name: context.name, endpoint: try context.requiredEndpoint(example: "https://your-control-panel"),
            userID: userID, email: email, apiKey: apiKey, format: format.flatMap(OnAppFormat.init(rawValue:)) ?? .json)
        account.timeout = context.requestTimeLimit(account.timeout)
        account.retry = context.retry
        account.notes = context.notes
        return OnAppClient(account: account, transport: context.transport)
    }
}
