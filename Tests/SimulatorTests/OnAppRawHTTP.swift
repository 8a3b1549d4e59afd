import Foundation
import Simulator

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A minimal HTTP/1.1 client over a plain socket for the OnApp simulator tests.
///
/// URLSession on Linux never completes a request answered 401 with `WWW-Authenticate: Basic`
/// (it waits for a credential), which is exactly what OnApp sends, and `URL(string:)` re-encodes
/// queries with raw brackets. This client sends the request line byte for byte and reads the
/// whole answer, de-chunking it when needed.
enum OnAppRawHTTP {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// GETs `target` (path and raw query) from the simulator with extra `headers`.
    static func get(_ simulator: RunningSimulator, _ target: String, headers: [String: String]) async throws
        -> OnAppReply
    {
        let port = simulator.port
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try exchange(port: port, target: target, headers: headers) })
            }
        }
    }

    private static func exchange(port: Int, target: String, headers: [String: String]) throws -> OnAppReply {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(description: "socket() failed") }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(description: "connect() failed") }
        var request = "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        request += "\r\n"
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw Failure(description: "send() failed") }
            sent += count
        }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count >= 0 else { throw Failure(description: "recv() failed or timed out") }
            if count == 0 { break }
            answer.append(contentsOf: buffer[0..<count])
        }
        return try parse(answer)
    }

    private static func parse(_ answer: [UInt8]) throws -> OnAppReply {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = answer.indices.first(where: { answer[$0...].starts(with: separator) }) else {
            throw Failure(description: "no header end in \(answer.count) bytes")
        }
        let head = String(decoding: answer[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = (head.first ?? "").split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw Failure(description: "bad status line")
        }
        var fields: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(answer[(end + 4)...])
        if fields["transfer-encoding"]?.lowercased() == "chunked" { body = try dechunk(body) }
        return OnAppReply(status: status, headers: fields, body: Data(body))
    }

    private static func dechunk(_ bytes: [UInt8]) throws -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard let lineEnd = bytes[index...].indices.first(where: { bytes[$0] == 13 }) else { break }
            let sizeText = String(decoding: bytes[index..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else {
                throw Failure(description: "bad chunk size")
            }
            index = lineEnd + 2
            if size == 0 { break }
            guard index + size <= bytes.count else { throw Failure(description: "short chunk") }
            output += bytes[index..<(index + size)]
            index += size + 2
        }
        return output
    }
}
