import Foundation
import Testing

/// A negative or malformed number given to an option is read as that option's value and
/// refused with what is wrong with it, never as a missing value.
@Suite("Numeric option values")
struct OptionValueTests {
    @Test(arguments: [
        (["report", "--demo", "--top", "-1"], 64, "--top must be at least 1, not -1"),
        (["report", "--demo", "--top", "ten"], 64, "'ten' is invalid for '--top <n>': expected a whole number"),
        (
            ["report", "--demo", "--seed", "-1"], 64,
            "'-1' is invalid for '--seed <seed>': expected a whole number from 0 to 18446744073709551615"
        ),
        (["demo", "--seed", "-3", "--snapshot", "80x24"], 64, "'-3' is invalid for '--seed <seed>'"),
        (["sandbox", "--port", "-1"], 64, "--port must be 0…65535, not -1"),
        (["spikes", "--demo", "--threshold", "-5"], 2, "--threshold must be a percentage of at least 0, not -5"),
        (
            ["spikes", "--demo", "--threshold", "lots"], 2,
            "'lots' is invalid for '--threshold <pct>': expected a number"
        ),
        (["spikes", "--demo", "--min-amount", "-5"], 2, "--min-amount '-5' is not an amount of at least 0"),
    ])
    func aBadNumberSaysWhatIsWrong(arguments: [String], status: Int32, expected: String) throws {
        let result = try Binary.run(arguments)
        #expect(result.status == status, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").filter { $0.contains(expected) }
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(!result.stderr.contains("Missing value"), "\(result.stderr)")
    }

    @Test func aValidTopStillLimitsTheGroups() throws {
        let result = try Binary.run([
            "report", "--demo", "--account", "selectel-demo", "--range", "yesterday", "--tz", "UTC", "--top", "2",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Other"), "\(result.stdout)")
    }
}
