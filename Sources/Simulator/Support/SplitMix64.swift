/// A tiny deterministic pseudo-random source (SplitMix64).
///
/// The simulator never uses the system random number generator: every value it serves is a
/// pure function of the configured seed, so the same seed always yields the same bytes.
/// The reduction helpers below are written out by hand (instead of the standard library's
/// `random(in:using:)`) so that the sequence cannot change between Swift releases.
struct SplitMix64: Sendable {
    private var state: UInt64

    /// Creates a generator whose whole output is determined by `seed`.
    init(seed: UInt64) {
        self.state = seed
    }

    /// Returns the next 64 pseudo-random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// Returns a value in `range` (tiny modulo bias is irrelevant for simulated data).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    /// Returns a value in `0 ..< 1` with 53 bits of precision.
    mutating func unitInterval() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// The SplitMix64 output function: a strong 64-bit bit mixer.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A stateless hash of two words, for order-independent noise such as "series S in hour H".
    static func hash(_ first: UInt64, _ second: UInt64) -> UInt64 {
        mix(mix(first &+ 0x9E37_79B9_7F4A_7C15) ^ second)
    }

    /// A stateless value in `-1 ..< 1` derived from two words.
    static func signedUnit(_ first: UInt64, _ second: UInt64) -> Double {
        Double(hash(first, second) >> 11) * 0x1.0p-52 - 1
    }
}

extension SplitMix64 {
    /// Returns a random (version 4 layout) UUID string in lowercase, e.g. for project ids.
    mutating func uuidString() -> String {
        let high = next()
        let low = next()
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: high >> (56 - 8 * UInt64(index)))
            bytes[index + 8] = UInt8(truncatingIfNeeded: low >> (56 - 8 * UInt64(index)))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hexDigits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 {
                text.append(UInt8(ascii: "-"))
            }
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
