import Foundation
import Hummingbird

/// HTTP Basic authentication as the OnApp control panel does it with an API key: the user's
/// email is the login (compared case-insensitively, as Devise does) and the API key the
/// password. Nothing of the presented credentials is ever echoed.
enum OnAppBasicAuth {
    /// Throws 401 unless `request` carries `Authorization: Basic base64(email:apiKey)` with the
    /// simulated user's email and ``SimulatorCredentials/onAppAPIKey``.
    static func authenticate(_ request: Request, email: String) throws(OnAppFailure) {
        guard let header = request.headers[.authorization] else { throw OnAppFailure.signInRequired }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "basic",
            let decoded = Data(base64Encoded: String(parts[1]).trimmingCharacters(in: .whitespaces)),
            let text = String(data: decoded, encoding: .utf8),
            let colon = text.firstIndex(of: ":")
        else { throw OnAppFailure.signInRequired }
        let login = text[..<colon]
        let password = text[text.index(after: colon)...]
        guard login.lowercased() == email.lowercased(), password == SimulatorCredentials.onAppAPIKey else {
            throw OnAppFailure.invalidCredentials
        }
    }
}
