import CostCore
import Foundation
import GRDB
import GRDBSQLite

/// Reads records straight from SQLite's column buffers: names through a ``TextInterner`` (one
/// `String` per distinct name, not per row), amounts parsed from their bytes, periods from
/// integers, the provider-specific fields split without building intermediate strings.
/// The columns are selected by position (``selectSQL``), never looked up by name per row.
struct RecordRowReader {
    /// The record columns read, in the order ``record(from:)`` expects them.
    static let columns = [
        "provider", "account", "project_id", "project_name", "object_id", "object_name", "object_type",
        "object_parent_id", "object_parent_name", "metric_id", "metric_name", "region", "service", "period_start_ms",
        "period_end_ms", "amount", "currency", "quantity", "unit", "native",
    ]

    /// One piece's records, in the order they were stored.
    static let selectSQL =
        "SELECT \(columns.joined(separator: ", ")) FROM record WHERE piece_id = ? ORDER BY id"

    private var names = TextInterner()
    private var nativeTexts = TextInterner(capacity: 1_024)
    private var provider: (text: String, kind: ProviderKind)?
    private var currency: (text: String, value: Currency)?

    /// The record in the current row of `statement` (a step of ``selectSQL``).
    mutating func record(from statement: SQLiteStatement) throws(CacheError) -> CostRecord {
        let providerText = names.string(Self.bytes(statement, 0) ?? Self.empty)
        let kind: ProviderKind
        if let provider, provider.text == providerText {
            kind = provider.kind
        } else {
            guard let parsed = ProviderKind(rawValue: providerText) else {
                throw CacheError("a cached record names an unknown provider '\(providerText)'")
            }
            provider = (providerText, parsed)
            kind = parsed
        }
        let amountBytes = Self.bytes(statement, 15) ?? Self.empty
        let currencyText = names.string(Self.bytes(statement, 16) ?? Self.empty)
        let money: Currency
        if let currency, currency.text == currencyText {
            money = currency.value
        } else {
            guard let parsed = Currency(code: currencyText) else {
                throw CacheError("a cached record has an unreadable currency '\(currencyText)'")
            }
            currency = (currencyText, parsed)
            money = parsed
        }
        guard let amount = StoredAmount.parse(amountBytes) else {
            throw CacheError(
                "a cached record has an unreadable amount '\(String(decoding: amountBytes, as: UTF8.self)) \(currencyText)'"
            )
        }
        let quantity = Self.bytes(statement, 17).flatMap { StoredAmount.parse($0) }
        let projectID = text(statement, 2)
        let objectID = text(statement, 4)
        let metricID = text(statement, 9)
        return CostRecord(
            provider: kind, account: names.string(Self.bytes(statement, 1) ?? Self.empty),
            project: projectID.map { EntityRef(id: $0, name: text(statement, 3)) },
            object: objectID.map {
                ObjectRef(
                    id: $0, name: text(statement, 5), type: text(statement, 6), parentID: text(statement, 7),
                    parentName: text(statement, 8))
            },
            metric: metricID.map { EntityRef(id: $0, name: text(statement, 10)) }, region: text(statement, 11),
            service: text(statement, 12),
            period: DateRange(
                start: MillisecondTime.date(sqlite3_column_int64(statement, 13)),
                end: MillisecondTime.date(sqlite3_column_int64(statement, 14))),
            amount: Money(amount, money), quantity: quantity, unit: text(statement, 18),
            native: native(statement, 19))
    }

    /// The text of column `index`, interned; nil for NULL.
    private mutating func text(_ statement: SQLiteStatement, _ index: Int32) -> String? {
        Self.bytes(statement, index).map { names.string($0) }
    }

    /// The provider-specific fields stored in column `index` (see ``NativeFields``).
    private mutating func native(_ statement: SQLiteStatement, _ index: Int32) -> [String: String] {
        guard let bytes = Self.bytes(statement, index), !bytes.isEmpty else { return [:] }
        if bytes.contains(0x5C) {
            // Escaped separators: rare, decoded the slow, general way.
            return NativeFields.decode(String(decoding: bytes, as: UTF8.self))
        }
        var fields = [String: String](minimumCapacity: 4)
        var start = 0
        var keyEnd: Int?
        func addPair(endingAt end: Int) {
            guard end > start else { return }
            let key = UnsafeBufferPointer(rebasing: bytes[start..<(keyEnd ?? end)])
            let value = keyEnd.map { UnsafeBufferPointer(rebasing: bytes[($0 + 1)..<end]) } ?? Self.empty
            fields[names.string(key)] = nativeTexts.string(value)
        }
        for position in 0..<bytes.count {
            switch bytes[position] {
            case 0x1F where keyEnd == nil:
                keyEnd = position
            case 0x1E:
                addPair(endingAt: position)
                start = position + 1
                keyEnd = nil
            default:
                break
            }
        }
        addPair(endingAt: bytes.count)
        return fields
    }

    private static var empty: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: nil, count: 0) }

    /// The bytes of column `index` in the current row, valid until the next step; nil for NULL.
    private static func bytes(_ statement: SQLiteStatement, _ index: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard sqlite3_column_type(statement, index) != SQLITE_NULL else { return nil }
        guard let text = sqlite3_column_text(statement, index) else { return empty }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, index)))
    }
}
