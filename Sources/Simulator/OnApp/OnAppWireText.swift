/// Text forms shared by the JSON and XML renderings of the simulated OnApp answers.
enum OnAppWireText {
    /// Appends millionths as Ruby prints a decimal: at least one fractional digit, no trailing
    /// zeros beyond it (`0.0`, `0.0345`, `12.5`, `3.0`). No `Double` on the way.
    static func appendMicros(_ micros: Int64, to bytes: inout [UInt8]) {
        var writer = JSONWriter()
        writer.decimal(micros, fractionDigits: 6)
        bytes.append(contentsOf: writer.bytes)
        if micros % 1_000_000 == 0 {
            bytes.append(contentsOf: Array(".0".utf8))
        }
    }

    /// Appends a UTC timestamp as Rails writes it: `2026-03-01T10:00:28Z` in XML and, with
    /// `milliseconds`, `2026-03-01T10:00:28.000Z` in JSON.
    static func appendTimestamp(_ second: Int64, milliseconds: Bool, to bytes: inout [UInt8]) {
        WallClockTime(seconds: second).append(to: &bytes)
        bytes.append(contentsOf: Array((milliseconds ? ".000Z" : "Z").utf8))
    }
}
