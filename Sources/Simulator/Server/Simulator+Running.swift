extension Simulator {
    /// Runs `body` against a simulator started with `configuration`, and stops the simulator
    /// when `body` returns or throws.
    public static func withRunning<Result>(
        _ configuration: SimulatorConfiguration, _ body: (RunningSimulator) async throws -> Result
    ) async throws -> Result {
        let simulator = try await start(configuration)
        do {
            let result = try await body(simulator)
            await simulator.stop()
            return result
        } catch {
            await simulator.stop()
            throw error
        }
    }
}
