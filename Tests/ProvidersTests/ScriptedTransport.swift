import Foundation
import Providers
import Synchronization

/// A transport that answers from a script and records what it was sent.
final class ScriptedTransport: HTTPTransport {
    private let answers: Mutex<[Result<HTTPResponse, TransportError>]>
    private let sent = Mutex<[HTTPRequest]>([])

    init(_ answers: [Result<HTTPResponse, TransportError>]) { self.answers = Mutex(answers) }

    convenience init(status: Int, body: String, headers: [(name: String, value: String)] = []) {
        self.init([.success(HTTPResponse(status: status, headers: headers, body: Array(body.utf8)))])
    }

    var requests: [HTTPRequest] { sent.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        sent.withLock { $0.append(request) }
        let next = answers.withLock { answers -> Result<HTTPResponse, TransportError> in
            if answers.count > 1 { return answers.removeFirst() }
            return answers.first ?? .failure(.other("no scripted answer"))
        }
        return try next.get()
    }
}
