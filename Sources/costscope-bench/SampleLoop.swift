/// Repeats a measurement until enough samples are taken or a time budget is spent.
struct SampleLoop {
    /// Samples wanted.
    let samples: Int
    /// Samples taken even when the budget runs out.
    let minimumSamples: Int
    /// The wall-clock budget for the loop, in seconds.
    let budgetSeconds: Double

    /// Runs `prepare` (untimed) and `body` (timed) repeatedly; returns the samples in the
    /// unit `body`'s nanoseconds are divided by (`divisor`, e.g. 1e6 for ms).
    func run(divisor: Double, prepare: (Int) throws -> Void = { _ in }, _ body: (Int) throws -> Void) rethrows
        -> [Double]
    {
        var result: [Double] = []
        let start = BenchClock.nanoseconds()
        var iteration = 0
        while result.count < samples {
            let elapsed = Double(BenchClock.nanoseconds() - start) / 1e9
            if result.count >= minimumSamples && elapsed > budgetSeconds { break }
            try prepare(iteration)
            let begin = BenchClock.nanoseconds()
            try body(iteration)
            result.append(Double(BenchClock.nanoseconds() - begin) / divisor)
            iteration += 1
        }
        return result
    }
}
