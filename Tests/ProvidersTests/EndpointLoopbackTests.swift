import Providers
import Testing

/// Plain http is allowed only where it cannot leave the machine.
@Suite("Endpoint: plain http only to loopback")
struct EndpointLoopbackTests {
    @Test(arguments: [
        "http://127.0.0.1:8080", "http://127.255.3.4", "http://[::1]:9000", "http://[0:0:0:0:0:0:0:1]/",
        "http://[::0001]", "http://[0::1]", "http://localhost:1234", "http://LOCALHOST", "https://example.com",
        "https://127.0.0.1.nip.io",
    ])
    func loopbackAndHTTPSAreAccepted(_ text: String) throws {
        _ = try Endpoint(text)
    }

    @Test(arguments: [
        "http://127.0.0.1.nip.io", "http://127.1", "http://0x7f.0.0.1", "http://localhost.evil.com",
        "http://0127.0.0.1", "http://127.0.0.256", "http://127.0.0.1.", "http://[::2]", "http://[::ffff:127.0.0.1]",
        "http://[fe80::1%25lo]", "http://2130706433", "http://localhost.", "http://10.0.0.1", "http://example.com",
        "http://127.000.0.1",
    ])
    func anythingElseOverPlainHTTPIsRefusedNamingTheHost(_ text: String) {
        #expect(throws: ConfigurationError.self) { try Endpoint(text) }
        do {
            _ = try Endpoint(text)
        } catch {
            #expect(error.message.contains("plain http:// is allowed only to loopback"), "\(error.message)")
        }
    }

    @Test func theRuleIsTheHostsNotAPrefix() {
        #expect(Endpoint.isLoopback("127.0.0.1"))
        #expect(Endpoint.isLoopback("[::1]"))
        #expect(Endpoint.isLoopback("::1"))
        #expect(!Endpoint.isLoopback("127.0.0.1.nip.io"))
        #expect(!Endpoint.isLoopback("127.evil.com"))
        #expect(!Endpoint.isLoopback("localhost.evil.com"))
        #expect(!Endpoint.isLoopback("[::1]x"))
        #expect(!Endpoint.isLoopback(""))
    }

    @Test func ipv6GroupsParseEverySpellingAndRefuseJunk() {
        #expect(Endpoint.ipv6Groups("::1") == [0, 0, 0, 0, 0, 0, 0, 1])
        #expect(Endpoint.ipv6Groups("0:0:0:0:0:0:0:1") == [0, 0, 0, 0, 0, 0, 0, 1])
        #expect(Endpoint.ipv6Groups("1::") == [1, 0, 0, 0, 0, 0, 0, 0])
        #expect(Endpoint.ipv6Groups("::") == [0, 0, 0, 0, 0, 0, 0, 0])
        #expect(Endpoint.ipv6Groups("1::2::3") == nil)
        #expect(Endpoint.ipv6Groups("0:0:0:0:0:0:0:0:1") == nil)
        #expect(Endpoint.ipv6Groups("::12345") == nil)
        #expect(Endpoint.ipv6Groups("::g") == nil)
    }
}
