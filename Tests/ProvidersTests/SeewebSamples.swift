import Foundation
import Providers
import Synchronization

/// The seed page's samples and transports shared by the Seeweb tests.
enum SeewebSamples {
    /// The servers sample exactly as the documentation prints it, trailing `},]` included.
    static let documentedServers = """
        [
        {
        "plan": "ECS1",
        "name": "ec200200",
        "group": null,
        "notes": "centos-ecs1-it-fr2-1713866700891",
        "status": "Booted",
        "year": 2024,
        "month": 4,
        "creation_date": "2024-04-23T10:06:22.973332+00:00",
        "deletion_date": null,
        "billed_hours": 182,
        "cost": 2.64,
        "summary": {
        "online_hour": 1,
        "online_price": 0.02,
        "offline_hour": 0,
        "offline_discount": 20,
        "offline_price": 0.0,
        "offline_reduction": 0.0,
        "reserved_discounts": [
        {
        "reserved_plan": 26,
        "reserved_hour": 181,
        "reserved_discount": 15,
        "reserved_price": 2.62,
        "reserved_reduction": 0.46,
        "reserved_start_date": "2024-04-23T10:06:22.973332+00:00",
        "reserved_end_date": "2024-10-23T10:06:22.973332+00:00"
        }
        ],
        "original_cost": 3.09
        }
        },
        ]
        """

    /// The templates sample exactly as the documentation prints it, trailing `},]` included.
    static let documentedTemplates = """
        [
        {
        "cost": 2,
        "name": "ei100026",
        "status": "Created",
        "creation_date": "2024-04-16T08:19:04.106163+00:00",
        "deletion_date": null,
        "notes": "",
        "year": 2024,
        "month": 4
        },
        ]
        """

    /// The servers sample with the stray comma removed: valid JSON.
    static let servers = fixed(documentedServers)
    /// The templates sample with the stray comma removed: valid JSON.
    static let templates = fixed(documentedTemplates)

    /// `text` with its final `},` turned into `}`.
    static func fixed(_ text: String) -> String {
        guard let range = text.range(of: "},\n]", options: .backwards) else { return text }
        return text.replacingCharacters(in: range, with: "}\n]")
    }

    /// A servers CSV in the documented layout: a server with two reservations and quoted
    /// notes, and a server outside any group powered off for a while.
    static let serversCSV =
        "year,month,name,plan,group,notes,status,creation_date,deletion_date,billed_hours,cost,original_cost,"
        + "part,hours,price,discount,reduction,reserved_plan,reserved_start_date,reserved_end_date\r\n"
        + "2026,3,ec200311,ECS4,eg104211,\"shop, \"\"frontend\"\"\",Booted,2025-03-02T10:00:00.000001+00:00,,744,"
        + "45.28,50.59,online,0,0.0,,,,,\r\n"
        + "2026,3,ec200311,ECS4,eg104211,\"shop, \"\"frontend\"\"\",Booted,2025-03-02T10:00:00.000001+00:00,,744,"
        + "45.28,50.59,offline,0,0.0,20,0.0,,,\r\n"
        + "2026,3,ec200311,ECS4,eg104211,\"shop, \"\"frontend\"\"\",Booted,2025-03-02T10:00:00.000001+00:00,,744,"
        + "45.28,50.59,reserved,25,1.28,25,0.42,28,2025-03-02T10:00:00.000001+00:00,2026-03-02T10:00:00.000001+00:00\r\n"
        + "2026,3,ec200311,ECS4,eg104211,\"shop, \"\"frontend\"\"\",Booted,2025-03-02T10:00:00.000001+00:00,,744,"
        + "45.28,50.59,reserved,719,44.0,10,4.89,24,2026-03-02T10:00:00.000001+00:00,2026-06-02T10:00:00.000001+00:00\r\n"
        + "2026,3,ec200350,ECS1,,,Stopped,2026-01-05T08:00:00.5+00:00,,700,11.73,11.9,online,650,11.05,,,,,\r\n"
        + "2026,3,ec200350,ECS1,,,Stopped,2026-01-05T08:00:00.5+00:00,,700,11.73,11.9,offline,50,0.68,20,0.17,,,\r\n"

    /// A templates CSV in the documented layout.
    static let templatesCSV =
        "year,month,name,notes,status,creation_date,deletion_date,cost\r\n"
        + "2026,3,ei100026,,Created,2024-04-16T08:19:04.106163+00:00,,2\r\n"
        + "2026,3,ei100031,\"golden, debian\",Deleted,2025-01-01T00:00:00.0+00:00,2026-03-10T00:00:00.0+00:00,3.5\r\n"
}

/// Passes requests to a real transport and records what was sent and answered.
final class SeewebRecordingTransport: HTTPTransport {
    private let inner: any HTTPTransport
    private let sent = Mutex<[HTTPRequest]>([])
    private let answered = Mutex<[[UInt8]]>([])

    init(_ inner: any HTTPTransport = AsyncHTTPClientTransport()) { self.inner = inner }

    /// Every request sent, in order.
    var requests: [HTTPRequest] { sent.withLock { $0 } }

    /// Every answer's body, in order, as text.
    var bodies: [String] { answered.withLock { $0.map { String(decoding: $0, as: UTF8.self) } } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        sent.withLock { $0.append(request) }
        let response = try await inner.send(request)
        answered.withLock { $0.append(response.body) }
        return response
    }
}

/// Collects progress reports.
final class SeewebProgressLog: Sendable {
    private let reports = Mutex<[FetchProgress]>([])

    /// Every report, in order.
    var all: [FetchProgress] { reports.withLock { $0 } }

    /// A handler that appends to the log.
    var handler: FetchProgressHandler { { progress in self.reports.withLock { $0.append(progress) } } }
}
