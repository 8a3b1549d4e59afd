import Foundation

/// Turns UTF-8 bytes read from SQLite into `String`s, handing back the same `String` for bytes
/// seen recently instead of building, validating and allocating a new one for every row.
///
/// A direct-mapped table of `capacity` slots keyed by a hash of the bytes: a slot holds the
/// last string whose bytes hashed there, and a hit is confirmed byte for byte, so a collision
/// only costs a new string, never a wrong one. Repeated names (accounts, projects, objects,
/// metrics, units) are almost always hits; unique values simply replace their slot.
struct TextInterner {
    private var hashes: [UInt64]
    private var strings: [String]
    private let mask: Int

    /// An interner with `capacity` slots (rounded up to a power of two).
    init(capacity: Int = 4_096) {
        var size = 1
        while size < capacity { size <<= 1 }
        hashes = Array(repeating: 0, count: size)
        strings = Array(repeating: "", count: size)
        mask = size - 1
    }

    /// The string of `bytes` (invalid UTF-8 is repaired, as `String(decoding:as:)` does).
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let hash = Self.hash(bytes)
        let slot = Int(truncatingIfNeeded: hash) & mask
        if hashes[slot] == hash, Self.equal(strings[slot], bytes) { return strings[slot] }
        let made = String(decoding: bytes, as: UTF8.self)
        hashes[slot] = hash
        strings[slot] = made
        return made
    }

    /// A multiplicative hash over the bytes eight at a time, with the length mixed in; never 0,
    /// so an empty slot never matches.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash | 1 }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = (hash ^ word) &* multiplier
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* multiplier
        hash ^= hash >> 32
        return hash | 1
    }

    private static func equal(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var string = string
        return string.withUTF8 { stored in
            stored.count == bytes.count
                && (bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
    }
}
