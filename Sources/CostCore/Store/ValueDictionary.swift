/// Distinct values of one column, each stored once and referred to by a small integer code.
///
/// A million records name a few thousand projects, objects and metrics: the store keeps each
/// name once here and a 32-bit code wherever it is used.
public struct ValueDictionary<Value: Hashable & Sendable>: Sendable, Equatable {
    /// The distinct values, in the order first seen; a code is an index into this array.
    public private(set) var values: [Value] = []
    private var codes: [Value: Int32] = [:]

    public init() {}

    /// The number of distinct values.
    public var count: Int { values.count }

    /// The code of `value`, adding it when it is new.
    public mutating func code(of value: Value) -> Int32 {
        if let code = codes[value] { return code }
        let code = Int32(values.count)
        values.append(value)
        codes[value] = code
        return code
    }

    /// The code of `value` when it is present.
    public func existingCode(of value: Value) -> Int32? { codes[value] }

    /// The value of `code`.
    public subscript(code: Int32) -> Value { values[Int(code)] }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.values == rhs.values }
}
