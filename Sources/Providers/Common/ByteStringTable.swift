import Foundation

/// An open-addressing hash table from raw UTF-8 bytes to a stored `String`, for
/// ``StringInterner``: lookups hash and compare bytes, never building a string.
struct ByteStringTable {
    private var slots: [Int32] = []
    private var strings: [String] = []
    private var hashes: [UInt64] = []

    /// The stored string whose UTF-8 equals `bytes`, if any.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !slots.isEmpty else { return nil }
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var position = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[position])
            if index < 0 { return nil }
            if hashes[index] == hash, Self.equal(strings[index], bytes) { return strings[index] }
            position = (position + 1) & mask
        }
    }

    /// Stores `text` under `bytes`; does nothing unless `bytes` are exactly its UTF-8 (a
    /// canonically equal spelling is left to the `String` table).
    mutating func insert(_ text: String, bytes: UnsafeBufferPointer<UInt8>) {
        guard Self.equal(text, bytes) else { return }
        if (strings.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(bytes)
        strings.append(text)
        hashes.append(hash)
        place(Int32(strings.count - 1), hash: hash)
    }

    private mutating func place(_ index: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var position = Int(truncatingIfNeeded: hash) & mask
        while slots[position] >= 0 { position = (position + 1) & mask }
        slots[position] = index
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: max(64, slots.count * 2))
        for index in hashes.indices { place(Int32(index), hash: hashes[index]) }
    }

    /// A fast 64-bit hash of `bytes`, eight bytes at a time.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(truncatingIfNeeded: raw.count)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < raw.count {
            tail |= UInt64(raw[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
        return hash ^ (hash >> 32)
    }

    private static func equal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = text
        return text.withUTF8 { stored in
            stored.count == bytes.count
                && (bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
    }
}
