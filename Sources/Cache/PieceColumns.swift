import CostCore
import Foundation

/// One piece's records as a single blob: the piece's own dictionaries and series table, then
/// one little-endian array per column (series codes, starts, ends, amounts, and quantities,
/// second amounts and row keys when any record has them), as ``SpendStore`` holds them.
///
/// Reading a piece is then a bounds check and a copy of integers per record, with strings
/// built only once per distinct name in the piece; no object is made per record. A piece is
/// self-contained (nothing refers to another piece's names), so replacing, adopting and
/// salvaging a piece stay single-row operations and nothing needs collecting later.
///
/// Layout (all integers little-endian; a string is a `UInt32` byte count and UTF-8 bytes, an
/// absent one the count `UInt32.max`):
///
///     "CSC3"  record count (UInt32)  flags (UInt8: 1 quantities, 2 second amounts, 4 row keys)
///     providers, accounts, projects, objects, metrics, names, currencies, natives: each a
///       UInt32 count and its entries
///     series: a UInt32 count, then per series 12 Int32 codes (provider, account, project,
///       object, metric, region, service, unit, currency, native, second amount name, row key name)
///     codes UInt32 × n, starts Int64 × n, ends Int64 × n, amounts Int128 × n,
///     [quantities Int128 × n], [second amounts Int128 × n], [row keys: a string × n]
///     checksum (UInt64) of every byte before it, seeded with the piece's identity
///
/// The checksum is there because SQLite checks the structure of its pages, not the bytes of a
/// large value: a damaged overflow page of a blob reads back without an error, and its records
/// would otherwise be read as other dates and amounts (see ``StoredDamage``). It is seeded with
/// the account, shape and period the blob was written for (``PieceIdentity``), because a
/// damaged index can also lead a lookup to another piece's row, whose blob is whole: its
/// records would be counted for the wrong account or day. "CSC1" blobs had no checksum and
/// "CSC2" blobs one without the identity; ``rebind(_:from:to:)`` converts them.
enum PieceColumns {
    private static let magic: [UInt8] = Array("CSC3".utf8)
    private static let unboundMagic: [UInt8] = Array("CSC2".utf8)
    private static let uncheckedMagic: [UInt8] = Array("CSC1".utf8)
    private static let hasQuantities: UInt8 = 1
    private static let hasSecondAmounts: UInt8 = 2
    private static let hasRowKeys: UInt8 = 4
    private static let seriesFields = 12

    /// The blob of `store`, stored as the piece `identity`.
    static func encode(_ store: SpendStore, for identity: PieceIdentity) -> [UInt8] {
        var writer = ByteWriter()
        let count = store.count
        writer.bytes.reserveCapacity(64 + count * 68 + store.series.count * 4 * seriesFields)
        writer.bytes.append(contentsOf: magic)
        writer.u32(UInt32(count))
        writer.bytes.append(
            (store.quantities.isEmpty ? 0 : hasQuantities) | (store.secondAmounts.isEmpty ? 0 : hasSecondAmounts)
                | (store.rowKeys.isEmpty ? 0 : hasRowKeys))
        let providers = Array(Set(store.series.map(\.provider))).sorted { $0.rawValue < $1.rawValue }
        writer.list(providers) { $0.string($1.rawValue) }
        let dictionaries = store.dictionaries
        writer.list(dictionaries.accounts.values) { $0.string($1) }
        writer.list(dictionaries.projects.values) { writer, project in
            writer.string(project.id)
            writer.optional(project.name)
        }
        writer.list(dictionaries.objects.values) { writer, object in
            writer.string(object.id)
            writer.optional(object.name)
            writer.optional(object.type)
            writer.optional(object.parentID)
            writer.optional(object.parentName)
        }
        writer.list(dictionaries.metrics.values) { writer, metric in
            writer.string(metric.id)
            writer.optional(metric.name)
        }
        writer.list(dictionaries.names.values) { $0.string($1) }
        writer.list(dictionaries.currencies.values) { $0.string($1.code) }
        writer.list(dictionaries.natives.values) { writer, fields in
            writer.list(fields.keys.sorted()) { writer, key in
                writer.string(key)
                writer.string(fields[key] ?? "")
            }
        }
        let providerCodes = Dictionary(uniqueKeysWithValues: providers.enumerated().map { ($1, Int32($0)) })
        writer.list(store.series) { writer, key in
            for code in [
                providerCodes[key.provider] ?? 0, key.account, key.project, key.object, key.metric, key.region,
                key.service, key.unit, key.currency, key.native, key.secondAmountName, key.rowKeyName,
            ] {
                writer.u32(UInt32(bitPattern: code))
            }
        }
        writer.column(store.seriesCodes)
        writer.column(store.starts)
        writer.column(store.ends)
        writer.column(store.amounts)
        writer.column(store.quantities)
        writer.column(store.secondAmounts)
        for key in store.rowKeys { writer.string(key) }
        let sum = writer.bytes.withUnsafeBytes { checksum(of: $0, seed: identity.seed) }
        withUnsafeBytes(of: sum.littleEndian) { writer.bytes.append(contentsOf: $0) }
        return writer.bytes
    }

    /// `blob` bound to `new`: a blob of this layout whose checksum holds for `old`, or (`old`
    /// nil) one of the earlier layouts, whole as far as its own checksum can tell. Nil when
    /// the blob is neither: it is left as it is and read as damage.
    static func rebind(_ blob: [UInt8], from old: PieceIdentity?, to new: PieceIdentity) -> [UInt8]? {
        guard blob.count >= magic.count + 8 else { return nil }
        let head = Array(blob[..<magic.count])
        var body: ArraySlice<UInt8>
        if let old {
            guard head == magic, whole(blob, seed: old.seed) else { return nil }
            body = blob[..<(blob.count - 8)]
        } else if head == unboundMagic {
            guard whole(blob, seed: nil) else { return nil }
            body = blob[..<(blob.count - 8)]
        } else if head == uncheckedMagic {
            body = blob[...]
        } else {
            return nil
        }
        var bytes = magic + body.dropFirst(magic.count)
        let sum = bytes.withUnsafeBytes { checksum(of: $0, seed: new.seed) }
        withUnsafeBytes(of: sum.littleEndian) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Whether `blob` ends with the checksum of the bytes before it (`seed` nil: as "CSC2").
    private static func whole(_ blob: [UInt8], seed: UInt64?) -> Bool {
        blob.withUnsafeBytes { blob in
            let bytes = UnsafeRawBufferPointer(rebasing: blob[..<(blob.count - 8)])
            let stored = UInt64(littleEndian: blob.loadUnaligned(fromByteOffset: bytes.count, as: UInt64.self))
            return checksum(of: bytes, seed: seed) == stored
        }
    }

    /// A 64-bit checksum of `bytes`, eight bytes per step (a multiply-xorshift mix): damage
    /// anywhere in a piece changes it, at a few milliseconds for a million records.
    /// `seed` nil is the checksum of "CSC2" blobs.
    static func checksum(of bytes: UnsafeRawBufferPointer, seed: UInt64? = nil) -> UInt64 {
        var sum: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count) ^ (seed ?? 0)
        let words = bytes.count / 8
        for word in 0..<words {
            sum =
                (sum ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self)))
                &* 0xFF51_AFD7_ED55_8CCD
            sum ^= sum >> 32
        }
        var tail: UInt64 = 0
        for offset in stride(from: bytes.count - 1, through: words * 8, by: -1) {
            tail = tail << 8 | UInt64(bytes[offset])
        }
        sum = (sum ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return sum ^ sum >> 33
    }

    /// Appends the records of the piece `blob` to `store`, in stored order, and returns how
    /// many there were. Throws, appending nothing, when the blob is not one ``encode(_:for:)``
    /// wrote for `identity` or its checksum does not match.
    static func decode(_ blob: UnsafeRawBufferPointer, of identity: PieceIdentity, into store: inout SpendStore)
        throws(CacheError) -> Int
    {
        var memo = PieceNamesMemo()
        return try decode(blob, of: identity, into: &store, names: &memo)
    }

    /// ``decode(_:of:into:)`` for one of several pieces read into the same `store`: when the
    /// piece's names and series are, byte for byte, those of the piece `memo` last saw, their
    /// codes in `store` are taken from `memo` instead of decoding and hashing every name again.
    static func decode(
        _ blob: UnsafeRawBufferPointer, of identity: PieceIdentity, into store: inout SpendStore,
        names memo: inout PieceNamesMemo
    ) throws(CacheError) -> Int {
        guard blob.count >= magic.count + 8 else { throw ByteReader.unreadable }
        let bytes = UnsafeRawBufferPointer(rebasing: blob[..<(blob.count - 8)])
        let stored = UInt64(littleEndian: blob.loadUnaligned(fromByteOffset: bytes.count, as: UInt64.self))
        guard checksum(of: bytes, seed: identity.seed) == stored else { throw ByteReader.unreadable }
        var reader = ByteReader(bytes: bytes)
        guard try reader.take(magic.count).elementsEqual(magic) else { throw ByteReader.unreadable }
        let count = Int(try reader.u32())
        let flags = try reader.u8()
        let namesStart = reader.offset
        var seriesCount = memo.recode.count
        var pending: [SpendSeries] = []
        var pieceNames: SeriesNames?
        if !memo.isSame(as: bytes, from: namesStart) {
            (pending, pieceNames) = try readNames(&reader)
            seriesCount = pending.count
        } else {
            _ = try reader.take(memo.names.count)
        }
        let namesEnd = reader.offset
        let quantified = flags & hasQuantities != 0
        let seconded = flags & hasSecondAmounts != 0
        let keyed = flags & hasRowKeys != 0
        let width = 4 + 8 + 8 + 16 + (quantified ? 16 : 0) + (seconded ? 16 : 0)
        guard flags & ~(hasQuantities | hasSecondAmounts | hasRowKeys) == 0,
            keyed ? reader.remaining >= count * (width + 4) : reader.remaining == count * width
        else {
            throw ByteReader.unreadable
        }
        let columns = reader.offset
        let codeAt = columns
        let startAt = codeAt + 4 * count
        let endAt = startAt + 8 * count
        let amountAt = endAt + 8 * count
        let quantityAt = amountAt + 16 * count
        let secondAt = quantityAt + (quantified ? 16 * count : 0)
        for index in 0..<count {
            guard Int(bytes.littleUInt32(at: codeAt + 4 * index)) < seriesCount else { throw ByteReader.unreadable }
        }
        var rowKeys: [String] = []
        if keyed {
            _ = try reader.take(count * width)
            rowKeys.reserveCapacity(count)
            for _ in 0..<count { rowKeys.append(try reader.string()) }
            guard reader.remaining == 0 else { throw ByteReader.unreadable }
        }
        // Only now, with the whole blob checked, does anything reach the store.
        var recode = memo.recode
        if let pieceNames {
            recode = store.seriesCodes(of: pending, namedBy: pieceNames)
            memo = PieceNamesMemo(names: Array(bytes[namesStart..<namesEnd]), recode: recode)
        }
        for index in 0..<count {
            let quantity = quantified ? bytes.littleInt128(at: quantityAt + 16 * index) : SpendStore.none
            let second = seconded ? bytes.littleInt128(at: secondAt + 16 * index) : SpendStore.none
            store.append(
                series: recode[Int(bytes.littleUInt32(at: codeAt + 4 * index))],
                start: bytes.littleInt64(at: startAt + 8 * index), end: bytes.littleInt64(at: endAt + 8 * index),
                amount: Amount(units: bytes.littleInt128(at: amountAt + 16 * index)),
                quantity: quantity == SpendStore.none ? nil : Amount(units: quantity),
                secondAmount: second == SpendStore.none ? nil : Amount(units: second),
                rowKey: keyed ? rowKeys[index] : nil)
        }
        return count
    }

    /// Reads a piece's dictionaries and series table, checking every code.
    private static func readNames(_ reader: inout ByteReader) throws(CacheError) -> ([SpendSeries], SeriesNames) {
        let providers = try reader.list { reader throws(CacheError) in
            guard let kind = ProviderKind(rawValue: try reader.string()) else { throw ByteReader.unreadable }
            return kind
        }
        let accounts = try reader.list { reader throws(CacheError) in try reader.string() }
        let projects = try reader.list { reader throws(CacheError) in
            EntityRef(id: try reader.string(), name: try reader.optional())
        }
        let objects = try reader.list { reader throws(CacheError) in
            ObjectRef(
                id: try reader.string(), name: try reader.optional(), type: try reader.optional(),
                parentID: try reader.optional(), parentName: try reader.optional())
        }
        let metrics = try reader.list { reader throws(CacheError) in
            EntityRef(id: try reader.string(), name: try reader.optional())
        }
        let names = try reader.list { reader throws(CacheError) in try reader.string() }
        let currencies = try reader.list { reader throws(CacheError) in
            guard let currency = Currency(code: try reader.string()) else { throw ByteReader.unreadable }
            return currency
        }
        let natives = try reader.list { reader throws(CacheError) in
            var fields: [String: String] = [:]
            for _ in 0..<Int(try reader.u32()) { fields[try reader.string()] = try reader.string() }
            return fields
        }
        let seriesCount = Int(try reader.u32())
        guard seriesCount * 4 * seriesFields <= reader.remaining else { throw ByteReader.unreadable }
        let pieceNames = SeriesNames(
            accounts: accounts, projects: projects, objects: objects, metrics: metrics, names: names,
            currencies: currencies, natives: natives)
        var fields = [Int32](repeating: 0, count: seriesFields)
        var pending: [SpendSeries] = []
        pending.reserveCapacity(seriesCount)
        for _ in 0..<seriesCount {
            for field in 0..<seriesFields { fields[field] = Int32(bitPattern: try reader.u32()) }
            guard fields[0] >= 0, fields[0] < providers.count else { throw ByteReader.unreadable }
            let key = SpendSeries(
                provider: providers[Int(fields[0])], account: fields[1], project: fields[2], object: fields[3],
                metric: fields[4], region: fields[5], service: fields[6], unit: fields[7], currency: fields[8],
                native: fields[9], secondAmountName: fields[10], rowKeyName: fields[11])
            guard pieceNames.canName(key) else { throw ByteReader.unreadable }
            pending.append(key)
        }
        return (pending, pieceNames)
    }
}

/// What one piece's decoding leaves for the next piece read into the same store: the bytes of
/// its dictionaries and series table, and the codes its series got in that store. Pieces of one
/// account name nearly the same things day after day, in the same order; a piece whose names
/// are byte for byte the previous piece's takes their codes without decoding or hashing one.
struct PieceNamesMemo {
    fileprivate(set) var names: [UInt8] = []
    fileprivate(set) var recode: [UInt32] = []

    /// Whether `bytes` from `offset` begin with the names this memo holds.
    fileprivate func isSame(as bytes: UnsafeRawBufferPointer, from offset: Int) -> Bool {
        guard !names.isEmpty, names.count <= bytes.count - offset else { return false }
        return names.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress! + offset, names.count) == 0 }
    }
}

/// What a piece's blob is written for: the account's key, the shape and the period of its row.
struct PieceIdentity: Equatable {
    var series: PieceSeries
    var start: Int64
    var end: Int64

    init(_ series: PieceSeries, start: Int64, end: Int64) {
        self.series = series
        self.start = start
        self.end = end
    }

    init(_ series: PieceSeries, period: DateRange) {
        self.init(
            series, start: MillisecondTime.milliseconds(period.start), end: MillisecondTime.milliseconds(period.end))
    }

    /// The checksum's seed: the identity's own checksum.
    var seed: UInt64 {
        var writer = ByteWriter()
        writer.string(series.account)
        writer.string(series.shape)
        writer.column([start, end])
        return writer.bytes.withUnsafeBytes { PieceColumns.checksum(of: $0) }
    }
}

/// Builds a ``PieceColumns`` blob.
private struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func u32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            u32(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional(_ text: String?) {
        if let text { string(text) } else { u32(.max) }
    }

    mutating func list<Element>(_ elements: [Element], _ write: (inout ByteWriter, Element) -> Void) {
        u32(UInt32(elements.count))
        for element in elements { write(&self, element) }
    }

    mutating func column<Element: FixedWidthInteger>(_ values: [Element]) {
        #if _endian(little)
            values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
            for value in values { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        #endif
    }
}

/// Reads a ``PieceColumns`` blob, refusing to read past its end.
private struct ByteReader {
    static let unreadable = StoredDamage.unreadableRecords

    let bytes: UnsafeRawBufferPointer
    var offset = 0

    var remaining: Int { bytes.count - offset }

    mutating func take(_ count: Int) throws(CacheError) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= remaining else { throw Self.unreadable }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }

    mutating func u8() throws(CacheError) -> UInt8 { try take(1)[0] }

    mutating func u32() throws(CacheError) -> UInt32 {
        guard remaining >= 4 else { throw Self.unreadable }
        defer { offset += 4 }
        return bytes.littleUInt32(at: offset)
    }

    mutating func optional() throws(CacheError) -> String? {
        let length = try u32()
        return length == .max ? nil : String(decoding: try take(Int(length)), as: UTF8.self)
    }

    mutating func string() throws(CacheError) -> String {
        guard let text = try optional() else { throw Self.unreadable }
        return text
    }

    /// A `UInt32` count, then that many elements; the count is checked against the bytes left
    /// (every element takes at least one), so a damaged count cannot make a huge allocation.
    mutating func list<Element>(_ read: (inout ByteReader) throws(CacheError) -> Element) throws(CacheError)
        -> [Element]
    {
        let count = Int(try u32())
        guard count <= remaining else { throw Self.unreadable }
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try read(&self)) }
        return elements
    }
}

extension UnsafeRawBufferPointer {
    fileprivate func littleUInt32(at offset: Int) -> UInt32 {
        UInt32(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    fileprivate func littleInt64(at offset: Int) -> Int64 {
        Int64(littleEndian: loadUnaligned(fromByteOffset: offset, as: Int64.self))
    }

    fileprivate func littleInt128(at offset: Int) -> Int128 {
        let low = UInt64(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        let high = Int64(littleEndian: loadUnaligned(fromByteOffset: offset + 8, as: Int64.self))
        return Int128(high) << 64 | Int128(low)
    }
}
