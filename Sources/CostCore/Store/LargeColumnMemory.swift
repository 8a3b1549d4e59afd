#if canImport(Glibc)
    import Glibc
#endif

/// How the process takes memory for large columns. glibc raises its threshold for mapping a
/// block on its own each time such a block is freed; after the first few, the columns of a large
/// fetch come from the heap and stay resident once freed (a 1M-record fetch held ~190 B per 68 B
/// record, and peaked at 233 MB). A fixed threshold keeps every block of 4 MiB or more mapped on
/// its own and returned to the system when freed: the same fetch peaks at ~155 MB and holds
/// ~90 B per record, for ~15 % more time spent faulting in fresh pages (DECISIONS.md).
public enum LargeColumnMemory {
    /// Blocks from this size on are mapped on their own.
    public static let mappedFrom = 4 << 20

    /// Applies the policy to this process: first thing in `main`, before large columns exist.
    /// `mallopt` is looked up at run time: Swift's Glibc module does not bring in `malloc.h`.
    public static func apply() {
        #if canImport(Glibc)
            typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(nil, "mallopt") else { return }
            let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD in malloc.h
            _ = unsafeBitCast(symbol, to: MallOpt.self)(mmapThreshold, Int32(mappedFrom))
        #endif
    }
}
