import Foundation

/// Finds the raw JSON text of numeric fields, so money is read exactly (never via `Double`).
enum CloudRuNumberScanner {
    /// For each key, the text of every `"key":<number>` in document order.
    static func scan(_ body: Data, keys: [String]) -> [String: [String]] {
        let patterns = keys.map { (key: $0, bytes: Array("\"\($0)\":".utf8)) }
        var found: [String: [String]] = [:]
        body.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "\"") else {
                    index += 1
                    continue
                }
                var matched = false
                for pattern in patterns where index + pattern.bytes.count < bytes.count {
                    var same = true
                    for offset in 1..<pattern.bytes.count where bytes[index + offset] != pattern.bytes[offset] {
                        same = false
                        break
                    }
                    guard same else { continue }
                    var end = index + pattern.bytes.count
                    let start = end
                    while end < bytes.count, bytes[end] != UInt8(ascii: ","), bytes[end] != UInt8(ascii: "}") {
                        end += 1
                    }
                    found[pattern.key, default: []].append(
                        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                    index = end
                    matched = true
                    break
                }
                if !matched {
                    index += 1
                }
            }
        }
        return found
    }
}
