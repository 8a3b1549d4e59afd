import CostCore
import Providers
import Testing

@Suite("Provider profiles")
struct ProviderProfileTests {
    @Test func everyProviderHasExactlyOneProfile() {
        for kind in ProviderKind.allCases {
            #expect(ProviderProfile.all.filter { $0.kind == kind }.count == 1, "\(kind)")
            #expect(ProviderProfile.of(kind).kind == kind)
        }
    }

    @Test func aPublicEndpointIsHTTPSAndEveryAdviceSaysSomething() throws {
        for profile in ProviderProfile.all {
            if let url = profile.publicEndpoint {
                #expect(url.hasPrefix("https://"), "\(profile.kind)")
                _ = try Endpoint(url)
            }
            #expect(!profile.rejectedCredentialAdvice.isEmpty && !profile.forbiddenAdvice.isEmpty)
        }
        #expect(ProviderProfile.of(.onapp).publicEndpoint == nil, "every OnApp cloud has its own host")
    }
}
