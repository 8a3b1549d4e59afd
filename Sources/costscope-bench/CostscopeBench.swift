import CostCore
import Foundation

/// `costscope-bench`: the performance figures of costscope, from generated data.
@main
enum CostscopeBench {
    static func main() async {
        // As costscope itself does, so the figures describe its memory.
        LargeColumnMemory.apply()
        do {
            let options = try BenchOptions(Array(CommandLine.arguments.dropFirst()))
            if options.help {
                print(BenchOptions.usage)
                return
            }
            if options.caseName != nil {
                try await CaseRunner.run(options)
                return
            }
            if let note = BuildConfiguration.unoptimisedNote { print("note: " + note) }
            let started = BenchClock.nanoseconds()
            var report = try BenchPlan(quick: options.quick).run(quick: options.quick)
            if let note = BuildConfiguration.unoptimisedNote { report.note(note) }
            report.note("total bench time \(Int(Double(BenchClock.nanoseconds() - started) / 1e9)) s")
            print(report.printed())
        } catch let failure as BenchFailure {
            FileHandle.standardError.write(Data("costscope-bench: \(failure)\n".utf8))
            exit(1)
        } catch {
            FileHandle.standardError.write(Data("costscope-bench: \(error)\n".utf8))
            exit(1)
        }
    }
}
