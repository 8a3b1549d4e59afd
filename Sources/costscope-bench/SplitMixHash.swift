/// A stateless 64-bit mix (SplitMix64's finaliser): the same inputs always give the same
/// pseudo-random value, so generated data is deterministic without storing it.
enum SplitMixHash {
    /// Mixes `values` into one well-spread 64-bit value.
    static func mix(_ values: UInt64...) -> UInt64 {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for value in values {
            state = finalise(state ^ (value &+ 0x9E37_79B9_7F4A_7C15))
        }
        return state
    }

    private static func finalise(_ input: UInt64) -> UInt64 {
        var value = input
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
