/// Text files a person writes (the config, themes), checked before a parser sees them: a
/// parser written in C stops at a NUL byte as if the file ended there, and would silently
/// drop everything after it.
public enum PlainText {
    /// The UTF-8 text of `bytes`, or where the first NUL byte or invalid UTF-8 sequence is.
    public static func decode(_ bytes: some Sequence<UInt8>) throws(PlainTextProblem) -> String {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        var line = 1
        var column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" { throw PlainTextProblem(line: line, column: column, what: "a NUL byte") }
                scalars.append(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return String(scalars)
            case .error:
                throw PlainTextProblem(line: line, column: column, what: "bytes that are not UTF-8")
            }
        }
    }

    /// The first control character (C0 other than tab, DEL or C1) in `text`, if any, e.g. `U+001B`.
    public static func firstControl(in text: some StringProtocol, allowingTab: Bool = false) -> String? {
        for scalar in text.unicodeScalars where scalar.properties.generalCategory == .control {
            if allowingTab && scalar == "\t" { continue }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return nil
    }
}

/// Where a text file stops being plain UTF-8 text.
public struct PlainTextProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The line, from 1.
    public var line: Int
    /// The column in characters (Unicode scalars), from 1.
    public var column: Int
    /// What is there, e.g. "a NUL byte".
    public var what: String

    public init(line: Int, column: Int, what: String) {
        self.line = line
        self.column = column
        self.what = what
    }

    /// `LINE:COLUMN: what`, to follow a file name.
    public var description: String { "\(line):\(column): \(what)" }
}
