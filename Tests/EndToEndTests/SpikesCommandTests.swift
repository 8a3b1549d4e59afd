import CostCore
import Foundation
import Simulator
import Testing

/// `costscope spikes --demo` against the anomaly each simulated provider plants, built here
/// from the same seed and "now" the binary uses.
@Suite("costscope spikes")
struct SpikesCommandTests {
    static let nowText = "2026-11-20T12:00:00Z"
    let now = CivilDateTime(parsing: "2026-11-20T12:00:00")!.date(utcOffsetSeconds: 0)
    let seed: UInt64 = 42

    /// One listed event, as the JSON gives it.
    struct Event {
        var provider: String
        var label: String
        var period: DateRange
        var grain: String
        var path: [String: String]
        var delta: Amount
    }

    func run(_ extra: [String]) throws -> Binary.Result {
        try Binary.run(
            ["spikes", "--demo", "--seed", String(seed), "--now", Self.nowText, "--tz", "UTC", "--format", "json"]
                + extra)
    }

    func events(_ result: Binary.Result) throws -> [Event] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try ((object["events"] as? [[String: Any]]) ?? []).map { entry in
            var path: [String: String] = [:]
            for step in (entry["path"] as? [[String: String]]) ?? [] { path[step["level"] ?? ""] = step["id"] }
            let start = try #require(CivilDateTime(parsing: String((entry["start"] as? String ?? "").dropLast())))
            let end = try #require(CivilDateTime(parsing: String((entry["end"] as? String ?? "").dropLast())))
            return Event(
                provider: entry["provider"] as? String ?? "", label: entry["label"] as? String ?? "",
                period: DateRange(start: start.date(utcOffsetSeconds: 0), end: end.date(utcOffsetSeconds: 0)),
                grain: entry["grain"] as? String ?? "", path: path,
                delta: try #require(Amount(entry["delta"] as? String ?? "")))
        }
    }

    /// Whether a daily event covers the planted run: it overlaps it and lies within the UTC days it touches.
    func coversDays(_ event: Event, start: Date, end: Date) -> Bool {
        let firstDay = (start.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400
        let lastDay = (end.timeIntervalSince1970 / 86_400).rounded(.up) * 86_400
        return event.grain == "day" && event.period.overlaps(DateRange(start: start, end: end))
            && event.period.start.timeIntervalSince1970 >= firstDay && event.period.end.timeIntervalSince1970 <= lastDay
    }

    @Test func theDemoListsExactlyThePlantedSpikes() throws {
        let result = try run([])
        #expect(result.status == 1, "\(result.stderr)")
        let found = try events(result)
        #expect(found.map(\.provider).sorted() == ["cloudru", "f5xc", "onapp", "seeweb", "selectel"], "\(found)")
        #expect(found.allSatisfy { $0.label == "spike" && !$0.delta.isNegative })
        let byProvider = Dictionary(found.map { ($0.provider, $0) }, uniquingKeysWith: { first, _ in first })

        let selectel = SelectelDataset(seed: seed, now: now).spike
        let selectelEvent = try #require(byProvider["selectel"])
        #expect(selectelEvent.path["project"] == selectel.projectID)
        #expect(selectelEvent.path["object"] == selectel.objectID)
        #expect(coversDays(selectelEvent, start: selectel.start, end: selectel.end), "\(selectelEvent)")

        let cloudRu = CloudRuDataset(seed: seed, now: now).spike
        let cloudRuEvent = try #require(byProvider["cloudru"])
        #expect(cloudRuEvent.path["project"] == cloudRu.projectID)
        #expect(cloudRuEvent.path["object"] == cloudRu.resourceID)
        #expect(cloudRuEvent.path["metric"].map { $0 == cloudRu.sku } ?? true)
        #expect(coversDays(cloudRuEvent, start: cloudRu.start, end: cloudRu.end), "\(cloudRuEvent)")

        let onApp = OnAppDataset(seed: seed, now: now).spike
        let onAppEvent = try #require(byProvider["onapp"])
        let onAppObjects = ["network_interface:\(onApp.networkInterfaceID)", "disk:\(onApp.diskID)"]
        #expect(onAppEvent.path["object"].map(onAppObjects.contains) == true, "\(onAppEvent)")
        #expect(onAppEvent.path["metric"].map(onApp.resourceNames.contains) ?? true)
        #expect(coversDays(onAppEvent, start: onApp.start, end: onApp.end), "\(onAppEvent)")

        let f5 = F5Dataset(seed: seed, now: now).spike
        let f5Event = try #require(byProvider["f5xc"])
        #expect(f5Event.path["metric"] == f5.itemName)
        #expect(coversDays(f5Event, start: f5.start, end: f5.end), "\(f5Event)")

        let seeweb = SeewebDataset(seed: seed, now: now).spike
        let seewebEvent = try #require(byProvider["seeweb"])
        #expect(seewebEvent.path["project"] == seeweb.group)
        #expect(seewebEvent.path["object"].map { $0 == seeweb.serverName } ?? true)
        #expect(seewebEvent.grain == "month")
        #expect(seewebEvent.period.start <= seeweb.start && seewebEvent.period.end >= seeweb.end, "\(seewebEvent)")
    }

    @Test func aThresholdNothingReachesFindsNothingAndExitsZero() throws {
        let result = try run(["--threshold", "100000"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try events(result).isEmpty)
    }

    @Test(arguments: [["--bogus"], ["--format", "xml"], ["--threshold", "-5"], ["--min-amount", "ten"]])
    func aBadOptionExitsTwoWithOneLine(arguments: [String]) throws {
        let result = try Binary.run(["spikes", "--demo"] + arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("costscope spikes: ") == true, "\(result.stderr)")
    }

    @Test func anUnreadableConfigExitsTwo() throws {
        let result = try Binary.run(["spikes", "--config", "/nonexistent/costscope.toml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/costscope.toml"), "\(result.stderr)")
    }
}
