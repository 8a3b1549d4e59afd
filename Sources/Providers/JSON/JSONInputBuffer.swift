/// The bytes a ``JSONReader`` reads: one private copy of the input followed by
/// a zero sentinel byte, so a scanner can always look one byte ahead without a
/// bounds check. Immutable after creation, hence shareable between keys and readers.
final class JSONInputBuffer: @unchecked Sendable {
    /// The input bytes plus the trailing zero sentinel (`count == length + 1`).
    let bytes: UnsafeBufferPointer<UInt8>
    /// The number of input bytes (the sentinel's index).
    let length: Int

    /// Copies `source` and appends the sentinel.
    init(copying source: some Collection<UInt8>) {
        let length = source.count
        let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: length + 1)
        let copied: Int? = source.withContiguousStorageIfAvailable { contiguous in
            guard let from = contiguous.baseAddress, let to = storage.baseAddress else { return 0 }
            to.initialize(from: from, count: contiguous.count)
            return contiguous.count
        }
        if copied == nil {
            storage.initialize(repeating: 0)
            var index = 0
            for byte in source where index < length {
                storage[index] = byte
                index += 1
            }
        }
        storage[length] = 0
        self.bytes = UnsafeBufferPointer(storage)
        self.length = length
    }

    deinit {
        bytes.deallocate()
    }
}
