import Config
import Testing

@testable import CostscopeApp

@Suite struct CacheIdentityTests {
    private static let config = """
        [[accounts]]
        name = "sel"
        provider = "selectel"
        token = "secret-token-1"
        provider_keys = ["vpc", "mks"]
        timezone = "Europe/Moscow"
        locale = "ru"
        currency = "eur"

        [[accounts]]
        name = "cr"
        provider = "cloudru"
        key_id = "id"
        secret = "secret-2"
        agreement_id = "agr-1"
        iam_url = "https://iam.example"
        service_names = ["Evolution Compute", "Block storage"]

        [[accounts]]
        name = "oa"
        provider = "onapp"
        base_url = "https://cp.example.net"
        user_id = 42
        email = "ops@example.net"
        api_key = "secret-3"
        format = "xml"

        [[accounts]]
        name = "sw"
        provider = "seeweb"
        token = "secret-4"
        timezone = "Europe/Rome"
        format = "csv"
        currency = "usd"

        [[accounts]]
        name = "f5"
        provider = "f5xc"
        base_url = "https://acme.console.ves.volterra.io"
        token = "secret-5"
        """

    /// The keys are what earlier versions stored records under: a changed key would fetch every
    /// cached period again.
    @Test func eachProvidersSettingsGiveTheKeyItsRecordsAreStoredUnder() throws {
        let accounts = try ConfigLoader.parse(Self.config, file: "config.toml").accounts
        #expect(
            accounts.map(CacheIdentity.key(for:)) == [
                "name=sel; provider=selectel; provider_keys=mks,vpc; timezone=Europe/Moscow; locale=ru; currency=EUR",
                "name=cr; provider=cloudru; iam=https://iam.example; agreement_id=agr-1; service_names=Block storage,Evolution Compute; include_vat=true",
                "name=oa; provider=onapp; endpoint=https://cp.example.net; user_id=42; format=xml",
                "name=sw; provider=seeweb; timezone=Europe/Rome; format=csv; currency=USD",
                "name=f5; provider=f5xc; endpoint=https://acme.console.ves.volterra.io",
            ])
        #expect(
            CacheIdentity.earlierKeys(for: accounts[1]).map { $0.components(separatedBy: "; ").last }
                == ["api_version=v1", "api_version=v2"])
        #expect(accounts.filter { $0.provider != .cloudru }.allSatisfy { CacheIdentity.earlierKeys(for: $0).isEmpty })
        #expect(!accounts.map(CacheIdentity.key(for:)).joined().contains("secret"))
    }

    @Test func aSelectelAccountWithoutServicesIsKeyedAsAskingForAll() throws {
        let text = "[[accounts]]\nname = \"s\"\nprovider = \"selectel\"\ntoken_env = \"T\"\n"
        let account = try #require(try ConfigLoader.parse(text, file: "c.toml").accounts.first)
        #expect(CacheIdentity.key(for: account) == "name=s; provider=selectel; provider_keys=all")
    }
}
