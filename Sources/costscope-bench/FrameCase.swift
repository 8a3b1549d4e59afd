import CostCore
import Explorer
import Foundation
import TerminalKit

/// Building the frame of a busy view: objects of the whole quarter nested under their
/// parents, a daily strip of 92 buckets, the cursor moving down the list.
enum FrameCase {
    /// Measures `ExplorerView.render` in µs and checks the frame shows the exact total.
    static func run(_ fixture: inout ExploreFixture, loop: SampleLoop, label: String) throws {
        fixture.state.panes.focus = .grouping
        fixture.state.panes.groupingCursor = fixture.state.query.dimensions.firstIndex(of: .object) ?? 0
        _ = reduce(&fixture.state, .key(.enter))
        let frame = ExplorerView.render(fixture.state)
        let expected = "Total " + Money(fixture.quarterTotal, .rub).formatted
        guard frame.text.contains(expected) else {
            throw BenchFailure("exactness check failed: the frame does not show '\(expected)'")
        }
        for _ in 0..<20 { _ = ExplorerView.render(fixture.state) }
        let samples = loop.run(divisor: 1e3) { index in
            _ = reduce(&fixture.state, .key(cursorKey(index)))
        } _: { _ in
            _ = ExplorerView.render(fixture.state)
        }
        let stats = SampleStats(samples)
        CaseOutput.row(
            "frame \(fixture.state.screen.size.width)x\(fixture.state.screen.size.height) \(label) (objects, 92 days)",
            unit: "µs",
            samples: samples,
            detail: "p99 \(Int(stats.p99)) µs over \(samples.count) frames, \(fixture.state.table.rows.count) rows")
        CaseOutput.figure("frame_p99_us", stats.p99)
    }

    /// The key of the `index`th cursor move: five down, five up, so the cursor never sticks
    /// at the end of a short list.
    static func cursorKey(_ index: Int) -> Key {
        (index / 5) % 2 == 0 ? .down : .up
    }
}
