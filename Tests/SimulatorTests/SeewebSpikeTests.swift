import CostCore
import Foundation
import Simulator
import Testing

@Suite("Seeweb simulator: the planted spike")
struct SeewebSpikeTests {
    /// "Now" at various points of a month, including its first days (when the spike moves
    /// into the previous month) and summer time.
    static let nows: [Date] = [
        SeewebFixture.now,
        Date(timeIntervalSince1970: 1_775_000_000),  // 2026-03-31T23:33:20Z, 1 April in Rome
        Date(timeIntervalSince1970: 1_777_700_000),  // 2026-05-02T05:33:20Z
        Date(timeIntervalSince1970: 1_790_000_000),  // 2026-09-21T14:13:20Z
    ]

    @Test("A GPU server runs for about three days within the last two weeks, inside one month", arguments: nows)
    func spikeWindow(now: Date) {
        for seed: UInt64 in [1, 42, 2_026] {
            let dataset = SeewebDataset(seed: seed, now: now)
            let spike = dataset.spike
            #expect(spike.start >= now.addingTimeInterval(-30 * 86_400))
            #expect(spike.end <= now)
            #expect(spike.end.timeIntervalSince(spike.start) >= 72 * 3_600)
            #expect(spike.end.timeIntervalSince(spike.start) <= 78 * 3_600)
            #expect(SeewebMonth(containing: spike.start) == spike.month)
            #expect(SeewebMonth(containing: spike.end.addingTimeInterval(-1)) == spike.month)
            let server = dataset.servers.first { $0.name == spike.serverName }
            #expect(server?.plan == spike.plan)
            #expect(server?.group == spike.group)
            #expect(server?.created == spike.start)
            #expect(server?.deleted == spike.end)
        }
    }

    @Test("The spike month costs the group several times any of its three previous months", arguments: nows)
    func spikeStandsOut(now: Date) {
        for seed: UInt64 in [1, 42, 2_026] {
            let dataset = SeewebDataset(seed: seed, now: now)
            let spike = dataset.spike
            let spiked = dataset.groupCost(spike.group, year: spike.month.year, month: spike.month.month)
            var month = spike.month
            for _ in 0..<3 {
                month = month.previous
                let usual = dataset.groupCost(spike.group, year: month.year, month: month.month)
                #expect(!usual.isZero)
                let ratio = spiked.ratio(to: usual) ?? 0
                #expect(ratio >= 3, "seed \(seed): \(spiked) against \(usual) in \(month)")
            }
        }
    }

    @Test("The spike's server is served in its month with the GPU plan and all its hours online")
    func spikeIsServed() async throws {
        try await SimulatorFixture.withSimulator(now: SeewebFixture.now) { simulator in
            let spike = simulator.seeweb.spike
            let rows = try SeewebFixture.rows(
                try await SeewebFixture.get(simulator, SeewebFixture.path("servers", spike.month)))
            let row = try #require(rows.first { $0["name"] as? String == spike.serverName })
            #expect(row["plan"] as? String == "GPU-A100")
            #expect(row["group"] as? String == spike.group)
            #expect(row["status"] as? String == "Deleted")
            let summary = try #require(row["summary"] as? [String: Any])
            let hours = try #require(SeewebFixture.int(summary["online_hour"]))
            #expect(hours >= 72)
            #expect(SeewebFixture.amount(row["cost"]) == SeewebFixture.amount(summary["online_price"]))
            #expect((SeewebFixture.amount(row["cost"]) ?? .zero) > Amount(200))
        }
    }
}
