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

    @Test func everyProfilesTraitsAreItsOwnAndItsDrillPathEndsAtMetrics() {
        for profile in ProviderProfile.all {
            #expect(profile.traits.kind == profile.kind)
            #expect(ProviderProfile.catalog[profile.kind] == profile.traits)
            #expect(profile.traits.drillSteps.last?.dimension == .metric, "\(profile.kind)")
        }
        #expect(ProviderProfile.catalog[.cloudru].restatedMonths == 1, "Cloud.ru restates the previous month")
        #expect(ProviderProfile.catalog[.seeweb].words(for: .service) == DimensionWords("Plan", "Plans"))
        #expect(ProviderProfile.catalog[.seeweb].words(for: .object) == DimensionWords("Server", "Servers"))
        #expect(ProviderProfile.catalog[.selectel].words(for: .region) == DimensionWords("Region", "Regions"))
        #expect(!ProviderProfile.catalog[.onapp].hasProjects && ProviderProfile.catalog[.cloudru].hasProjects)
    }
}
