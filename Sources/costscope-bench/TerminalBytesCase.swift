import CNCursesW
import CostCore
import Explorer
import Foundation
import TerminalKit
import TerminalUI

/// Bytes sent to the terminal by the real renderer: an ncurses session (`newterm` on a file,
/// xterm-256color, 256 colours) at 200×50 draws the busy view, then the bytes each cursor
/// move (the immediate write, and separately the strip catching up once the cursor rests),
/// drill-down and resize adds to the file are counted.
enum TerminalBytesCase {
    /// Runs the case on `fixture`'s state; reports the median bytes per cursor move.
    static func run(_ fixture: inout ExploreFixture, moves: Int) throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("costscope-bench-\(getpid()).out").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        setenv("COLUMNS", String(fixture.state.screen.size.width), 1)
        setenv("LINES", String(fixture.state.screen.size.height), 1)
        let terminal = try CursesTerminal(
            options: TerminalOptions(colorMode: .always),
            device: .files(output: path, input: "/dev/null", terminalType: "xterm-256color"))
        defer { terminal.shutdown() }
        guard terminal.size == fixture.state.screen.size else {
            throw BenchFailure("the curses session is \(terminal.size), not \(fixture.state.screen.size)")
        }
        var written = fileSize(path)
        var previous: Frame?
        var changedCells: [Double] = []
        var changedLines: [Double] = []
        func draw() -> Double {
            let frame = ExplorerView.render(fixture.state)
            let changes = FrameDiff.changes(from: previous, to: frame)
            changedCells.append(Double(changes.count))
            changedLines.append(Double(Set(changes.map(\.y)).count))
            previous = frame
            terminal.draw(frame)
            let now = fileSize(path)
            defer { written = now }
            return Double(now - written)
        }
        _ = reduce(&fixture.state, .key(.home))
        let first = draw()
        var moveBytes: [Double] = []
        var settleBytes: [Double] = []
        var moveCells: [Double] = []
        var moveLines: [Double] = []
        for index in 0..<moves {
            _ = reduce(&fixture.state, .key(FrameCase.cursorKey(index)))
            changedCells.removeAll()
            changedLines.removeAll()
            moveBytes.append(draw())
            moveCells += changedCells
            moveLines += changedLines
            // The pause after the move: the strip catches up with the selected row.
            _ = reduce(&fixture.state, .settle)
            settleBytes.append(draw())
        }
        try BenchFailure.check(
            "strip row after settling", fixture.state.stripRow?.id, equals: fixture.state.selectedRow?.id)
        var drillBytes: [Double] = []
        for _ in 0..<3 {
            _ = reduce(&fixture.state, .key(.enter))
            drillBytes.append(draw())
            _ = reduce(&fixture.state, .key(.escape))
            _ = draw()
        }
        var resizeBytes: [Double] = []
        let full = fixture.state.screen.size
        for size in [TerminalSize(width: full.width - 40, height: full.height), full] {
            resizeterm(Int32(size.height), Int32(size.width))
            _ = reduce(&fixture.state, .resize(terminal.size))
            resizeBytes.append(draw())
        }
        try BenchFailure.check("size after resizing back", terminal.size, equals: full)
        try fixture.checkTotal(fixture.quarterTotal, "after the terminal session")
        let moveStats = SampleStats(moveBytes)
        CaseOutput.row(
            "terminal bytes: cursor move", unit: "B", samples: moveBytes,
            detail:
                "max \(Int(moveStats.maximum)) B; \(Int(SampleStats(moveCells).median)) cells on "
                + "\(Int(SampleStats(moveLines).median)) lines change; first full frame \(Int(first)) B")
        CaseOutput.row(
            "terminal bytes: strip catching up after a move", unit: "B", samples: settleBytes,
            detail: "sent once the cursor rests (150 ms without a key)")
        CaseOutput.row("terminal bytes: drill down", unit: "B", samples: drillBytes)
        CaseOutput.row("terminal bytes: resize (full repaint)", unit: "B", samples: resizeBytes)
        CaseOutput.figure("bytes_per_move", moveStats.median)
    }

    private static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
