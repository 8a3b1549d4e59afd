import Foundation
import Testing

/// `costscope demo --snapshot 120x40 --keys "..."` reaches every screen of the explorer: each
/// case runs the real binary (with its own simulator and a private cache) and checks lines
/// that only that screen shows. Most cases open one account with `--account` to keep the
/// simulator's work small; the accounts pane and one drill are reached from all five accounts
/// with keys alone.
@Suite("Demo snapshots reach every screen")
struct DemoSnapshotScreensTests {
    struct Screen: Sendable, CustomTestStringConvertible {
        let name: String
        let account: String?
        let keys: String
        let expected: [String]
        var mouse = false
        /// Text this screen must not show.
        var absent: [String] = []
        var testDescription: String { name }
    }

    static let screens: [Screen] = [
        Screen(
            name: "accounts pane focused", account: nil, keys: "backtab backtab backtab",
            expected: ["┌─[Accounts]", "[x] ✓ selectel-demo", "[x] ✓ f5xc-demo", "↑↓ choose  Enter apply  Esc chart"]),
        Screen(
            name: "range pane focused", account: "selectel-demo", keys: "backtab backtab",
            expected: ["┌─[Range]", "│ ● 4 Last 30 days", "↑↓ choose  Enter apply"]),
        Screen(
            name: "grouping pane focused", account: "selectel-demo", keys: "backtab",
            expected: ["┌─[Group by (days)]", "│ ● Project", "↑↓ choose  Enter apply"]),
        Screen(
            name: "Selectel object metrics", account: "selectel-demo", keys: "enter enter enter",
            expected: ["[Metrics]", "All projects › ml-platform › gpu-trainer-1", "Quantity", "711 GPU·h"]),
        Screen(
            name: "Seeweb reserved discounts, reached from all accounts", account: nil,
            keys: "backtab backtab backtab down down down down enter down enter down down enter",
            expected: [
                "[Parts]", "All groups › eg105462 › shop-frontend-1", "Reserved plan 28", "expires in", "Original cost",
                "[ ] ✓ selectel-demo", "[x] ✓ seeweb-demo",
            ]),
        Screen(
            name: "Cloud.ru SKUs", account: "cloudru-demo", keys: "enter enter enter",
            expected: ["[SKUs]", "All projects › ML-платформа › Виртуальные машины › gpu-trainer-1", "Tariff", "GPU*ч"]),
        Screen(
            name: "OnApp VM resources", account: "onapp-demo", keys: "enter enter",
            expected: ["[Resources]", "All VMs › db-01 › db-01", "memory", "cpu_usage"]),
        Screen(
            name: "F5 service items", account: "f5xc-demo", keys: "enter",
            expected: ["[Items]", "All services › Web App & API Protection", "WAAP Requests", "requests"]),
        Screen(
            name: "help", account: "selectel-demo", keys: "?",
            expected: ["[Keys: Spend pane]", "drill into the row", "any key closes this help"], absent: ["mouse:"]),
        Screen(
            name: "help with the mouse on", account: "selectel-demo", keys: "?",
            expected: ["[Keys: Spend pane]", "mouse: click picks a line (again: opens it)"], mouse: true),
        Screen(
            name: "filter prompt", account: "selectel-demo", keys: "/ p r o d",
            expected: ["│ /prod█", "Enter apply  Esc cancel"]),
        Screen(
            name: "filtered rows", account: "selectel-demo", keys: "/ p r o d enter",
            expected: ["[Projects matching /prod/]", "1 of 5 rows", "▶ production"]),
        Screen(
            name: "command menu", account: "selectel-demo", keys: ":",
            expected: ["[Commands]", "copy the report command", "Enter run  Esc close"]),
        Screen(
            name: "export picker", account: "selectel-demo", keys: "e",
            expected: ["[Export the view as]", "export the view as Markdown", "Enter run  Esc close"]),
        Screen(
            name: "custom range prompt", account: "selectel-demo", keys: "d",
            expected: ["Range: 2026-10-22..2026-11-20█", "the end day is included", "Enter apply  Esc cancel"]),
        Screen(
            name: "custom range typed", account: "selectel-demo", keys: "d ctrl-u 2 0 2 6 - 1 1 - 1 4 enter",
            expected: ["Custom: 2026-11-14 MSK", "┌─ Range: custom", "│ ● d 14 Nov"]),
        Screen(
            name: "time series focused on the spike", account: "selectel-demo", keys: "down tab",
            expected: ["┌─[Daily cost › production]", "2026-11-16: 4,482.12 ₽", "▲ 11-16", "←→ bar  Enter narrow"]),
        Screen(
            name: "narrowed to the spike's first day", account: "selectel-demo", keys: "down tab enter",
            expected: ["Custom: 2026-11-16 MSK", "▶ production", "4,482.12 ₽", "+2,365.22 ₽ +111.7%"]),
        Screen(
            name: "weekly bars", account: "selectel-demo", keys: "t",
            expected: ["┌─ Weekly cost › ml-platform"]),
        Screen(
            name: "what changed", account: "selectel-demo", keys: "w",
            expected: ["[What changed]", "▲ spike production", "Enter go to row  Esc close"]),
    ]

    @Test(arguments: screens)
    func theScreenIsReachedWithKeys(_ screen: Screen) throws {
        var arguments = ["demo", "--now", "2026-11-20", "--snapshot", "120x40", "--keys", screen.keys]
        if let account = screen.account { arguments += ["--account", account] }
        if screen.mouse { arguments.append("--mouse") }
        let result = try Binary.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let frame = result.stdout
        #expect(frame.split(separator: "\n", omittingEmptySubsequences: false).count >= 40)
        for line in screen.expected {
            #expect(frame.contains(line), "\(screen.name): '\(line)' missing in\n\(frame)")
        }
        for line in screen.absent {
            #expect(!frame.contains(line), "\(screen.name): '\(line)' shown in\n\(frame)")
        }
    }
}
