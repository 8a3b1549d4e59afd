import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An HTTP/1.1 server on a loopback port that misbehaves on purpose: it redirects elsewhere,
/// never answers, sends a byte a second, cuts bodies short. Blocking sockets on threads, so the
/// misbehaviour is exactly what the test scripted, byte for byte. Every request it receives is
/// recorded with its headers and body, so a test can prove what a credential did not reach.
public final class HostileServer: Sendable {
    /// What to do with one request.
    public enum Behaviour: Sendable {
        /// A complete answer; `Content-Length` is added.
        case respond(status: Int, headers: [(String, String)], body: [UInt8])
        /// A redirect with `Location: location` and an empty body.
        case redirect(status: Int, location: String)
        /// Read the request and send nothing, holding the connection open until ``stop()``.
        case silent
        /// Send the head of a 200 with a large `Content-Length`, then one body byte every
        /// `interval`, for ever.
        case dribble(interval: Duration)
        /// A 200 whose `Content-Length` promises more than `body`, closed after `body`.
        case truncated(body: [UInt8])
    }

    /// One request as received.
    public struct Request: Sendable {
        public var method: String
        /// Path and query, as sent.
        public var target: String
        public var headers: [(name: String, value: String)]
        public var body: [UInt8]

        /// The first header named `name`, case-insensitively.
        public func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        /// The whole request as text (head and body), for searching for a secret.
        public var text: String {
            "\(method) \(target)\n" + headers.map { "\($0.name): \($0.value)\n" }.joined()
                + String(decoding: body, as: UTF8.self)
        }
    }

    /// The port it listens on, on 127.0.0.1.
    public let port: Int
    /// `http://127.0.0.1:<port>`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    private let listener: Int32
    private let state = Mutex(State())
    private let behaviour: @Sendable (Request, Int) -> Behaviour
    private let greeting: [UInt8]

    private struct State {
        var requests: [Request] = []
        var connections: Set<Int32> = []
        var stopped = false
    }

    /// Starts listening; `behaviour` gets each request and its 0-based number. `greeting` is
    /// sent as soon as a connection is accepted, before reading anything (plain text to a
    /// client expecting TLS, say).
    public init(greeting: [UInt8] = [], _ behaviour: @escaping @Sendable (Request, Int) -> Behaviour) throws {
        self.behaviour = behaviour
        self.greeting = greeting
        let socket = Self.makeSocket()
        guard socket >= 0 else { throw ServerError("socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(socket, 64) == 0 else {
            close(socket)
            throw ServerError("bind/listen: \(errno)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        listener = socket
        port = Int(UInt16(bigEndian: address.sin_port))
        let server = self
        Thread.detachNewThread { server.acceptLoop() }
    }

    deinit { stop() }

    /// Every request received so far.
    public var requests: [Request] { state.withLock { $0.requests } }

    /// Stops accepting and closes every open connection, ending silent and dribbling answers.
    public func stop() {
        let open = state.withLock { state -> Set<Int32>? in
            guard !state.stopped else { return nil }
            state.stopped = true
            return state.connections
        }
        guard let open else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for connection in open { shutdown(connection, Int32(SHUT_RDWR)) }
    }

    private static func makeSocket() -> Int32 {
        #if canImport(Glibc)
            return socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            return socket(AF_INET, SOCK_STREAM, 0)
        #endif
    }

    private var isStopped: Bool { state.withLock { $0.stopped } }

    private func acceptLoop() {
        while !isStopped {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else {
                if errno == EINTR { continue }
                return
            }
            let admitted = state.withLock { state -> Bool in
                guard !state.stopped else { return false }
                state.connections.insert(connection)
                return true
            }
            guard admitted else {
                close(connection)
                return
            }
            let server = self
            Thread.detachNewThread { server.serve(connection) }
        }
    }

    private func serve(_ connection: Int32) {
        defer {
            state.withLock { _ = $0.connections.remove(connection) }
            close(connection)
        }
        if !greeting.isEmpty { _ = Self.send(connection, greeting) }
        var pending: [UInt8] = []
        while let request = Self.readRequest(connection, &pending) {
            let number = state.withLock { state -> Int in
                state.requests.append(request)
                return state.requests.count - 1
            }
            guard answer(behaviour(request, number), on: connection) else { return }
        }
    }

    /// Answers; false when the connection must close afterwards.
    private func answer(_ behaviour: Behaviour, on connection: Int32) -> Bool {
        switch behaviour {
        case .respond(let status, let headers, let body):
            let head = Self.head(status: status, headers: headers + [("Content-Length", String(body.count))])
            return Self.send(connection, Array(head.utf8) + body)
        case .redirect(let status, let location):
            let head = Self.head(status: status, headers: [("Location", location), ("Content-Length", "0")])
            return Self.send(connection, Array(head.utf8))
        case .silent:
            while !isStopped { usleep(20_000) }
            return false
        case .dribble(let interval):
            let head = Self.head(
                status: 200, headers: [("Content-Type", "application/json"), ("Content-Length", "1000000")])
            guard Self.send(connection, Array(head.utf8)) else { return false }
            let micros = UInt32(
                interval.components.seconds * 1_000_000 + interval.components.attoseconds / 1_000_000_000_000)
            while !isStopped {
                guard Self.send(connection, Array(" ".utf8)) else { return false }
                usleep(micros)
            }
            return false
        case .truncated(let body):
            let head = Self.head(status: 200, headers: [("Content-Length", String(body.count + 1_000))])
            _ = Self.send(connection, Array(head.utf8) + body)
            return false
        }
    }

    private static func head(status: Int, headers: [(String, String)]) -> String {
        "HTTP/1.1 \(status) Status\r\n" + headers.map { "\($0.0): \($0.1)\r\n" }.joined() + "\r\n"
    }

    private static func send(_ connection: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { sendWithoutSignal(connection, $0.baseAddress, $0.count) }
            if sent < 0 && errno == EINTR { continue }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    /// The next request on `connection` (head and `Content-Length` body), or nil at its end.
    private static func readRequest(_ connection: Int32, _ pending: inout [UInt8]) -> Request? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while true {
            if pending.count >= 4 {
                headEnd = (0...(pending.count - 4)).first { pending[$0..<($0 + 4)].elementsEqual(separator) }
            }
            if headEnd != nil { break }
            guard readMore(connection, &pending) else { return nil }
        }
        let head = String(decoding: pending[..<headEnd!], as: UTF8.self)
        pending.removeFirst(headEnd! + 4)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        let headers = lines.compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        let length = headers.first { $0.name.lowercased() == "content-length" }.flatMap { Int($0.value) } ?? 0
        while pending.count < length { guard readMore(connection, &pending) else { return nil } }
        let body = Array(pending.prefix(length))
        pending.removeFirst(length)
        return Request(
            method: String(requestLine[0]), target: String(requestLine[1]), headers: headers, body: body)
    }

    private static func readMore(_ connection: Int32, _ pending: inout [UInt8]) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
        if count < 0 && errno == EINTR { return readMore(connection, &pending) }
        guard count > 0 else { return false }
        pending += buffer.prefix(count)
        return true
    }
}

/// `send` that reports a closed peer as an error instead of raising SIGPIPE.
private func sendWithoutSignal(_ socket: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.send(socket, bytes, count, Int32(MSG_NOSIGNAL))
    #else
        var on: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        return Darwin.send(socket, bytes, count, 0)
    #endif
}

/// The server could not start.
public struct ServerError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
