/// A strict RFC 4180 reader: comma-separated fields, `"`-quoted fields with `""` for a quote
/// (which may span lines), CRLF or LF line ends, an optional UTF-8 byte order mark. Blank
/// lines are skipped. A quote inside an unquoted field, text after a closing quote, a bare
/// carriage return, an unterminated quote and invalid UTF-8 are errors.
struct SeewebCSVTable {
    /// One record and the line it starts on.
    struct Record {
        let line: Int
        let fields: [String]
    }

    /// Every non-blank record, the header first.
    let records: [Record]

    /// Splits `bytes` into records.
    init(_ bytes: [UInt8]) throws(SeewebCSVError) {
        let quote = UInt8(ascii: "\"")
        let comma = UInt8(ascii: ",")
        let carriageReturn = UInt8(ascii: "\r")
        let lineFeed = UInt8(ascii: "\n")
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var wasQuoted = false
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0

        func finishField() throws(SeewebCSVError) {
            guard let text = String(validating: field, as: UTF8.self) else {
                throw SeewebCSVError(line: recordLine, message: "field \(fields.count + 1) is not valid UTF-8")
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        func finishRecord() throws(SeewebCSVError) {
            let blank = fields.isEmpty && field.isEmpty && !wasQuoted
            try finishField()
            if !blank { records.append(Record(line: recordLine, fields: fields)) }
            fields.removeAll()
            line += 1
            recordLine = line
        }

        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == quote {
                    if index < bytes.count && bytes[index] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == lineFeed { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case quote:
                guard field.isEmpty && !wasQuoted else {
                    throw SeewebCSVError(line: line, message: "a quote inside an unquoted field")
                }
                inQuotes = true
                wasQuoted = true
            case comma:
                try finishField()
            case carriageReturn:
                guard index < bytes.count && bytes[index] == lineFeed else {
                    throw SeewebCSVError(line: line, message: "a carriage return not followed by a line feed")
                }
                index += 1
                try finishRecord()
            case lineFeed:
                try finishRecord()
            default:
                guard !wasQuoted else {
                    throw SeewebCSVError(line: line, message: "text after the closing quote of a field")
                }
                field.append(byte)
            }
        }
        if inQuotes {
            throw SeewebCSVError(line: recordLine, message: "a quoted field is not closed before the end of the answer")
        }
        if !fields.isEmpty || !field.isEmpty || wasQuoted { try finishRecord() }
        self.records = records
    }
}
