import Synchronization

/// Decides, request by request, which configured fault (if any) strikes. Deterministic for a
/// seed and a sequence of requests.
final class FaultDice: Sendable {
    private let faults: [SimulatorFault]
    private let generator: Mutex<SplitMix64>

    init(faults: [SimulatorFault], seed: UInt64) {
        self.faults = faults
        self.generator = Mutex(SplitMix64(seed: seed ^ 0x4641_554C_5453))
    }

    /// The fault for the next request: the first configured one whose roll succeeds.
    func roll() -> SimulatorFault? {
        guard !faults.isEmpty else { return nil }
        return generator.withLock { generator in
            for fault in faults where generator.unitInterval() < fault.probability {
                return fault
            }
            return nil
        }
    }
}
