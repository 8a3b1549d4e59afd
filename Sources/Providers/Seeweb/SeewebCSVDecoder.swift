import CostCore

/// Decodes the `?type=csv` answers of Seeweb's billing endpoints.
///
/// Seeweb does not document its CSV columns; this reads the flat layout the built-in
/// simulator serves (RFC 4180, a header line, columns found by name, unknown columns ignored,
/// empty fields for nulls).
///
/// Servers: one line per part of a server's month, the server's fields repeated on each —
/// ``serverColumns``. `part` is `online`, `offline` or `reserved`; `hours` and `price` are the
/// part's; `discount` and `reduction` are the offline or reserved discount (percent) and
/// saving; `reserved_plan`, `reserved_start_date` and `reserved_end_date` are filled on
/// reserved lines. Lines of one server (same `name`) are gathered into one
/// ``SeewebServerMonth``; a missing online or offline line counts as zero.
///
/// Templates: one line per template — ``templateColumns``.
///
/// Errors are ``SeewebCSVError``s with the line and column.
public enum SeewebCSVDecoder {
    /// The columns of a servers answer.
    public static let serverColumns = [
        "year", "month", "name", "plan", "group", "notes", "status", "creation_date", "deletion_date",
        "billed_hours", "cost", "original_cost", "part", "hours", "price", "discount", "reduction",
        "reserved_plan", "reserved_start_date", "reserved_end_date",
    ]
    /// The columns a servers answer must have.
    public static let requiredServerColumns = ["name", "cost", "part", "hours", "price"]
    /// The columns of a templates answer.
    public static let templateColumns = [
        "year", "month", "name", "notes", "status", "creation_date", "deletion_date", "cost",
    ]
    /// The columns a templates answer must have.
    public static let requiredTemplateColumns = ["name", "cost"]

    /// The server months of a servers answer, in the order their first lines appear.
    public static func servers(_ body: [UInt8]) throws(SeewebCSVError) -> [SeewebServerMonth] {
        var months: [SeewebServerMonth] = []
        var positions: [String: Int] = [:]
        var seenParts: [Set<String>] = []
        for row in try rows(body, required: requiredServerColumns) {
            let name = try row.requiredText("name")
            let cost = try row.requiredAmount("cost")
            let position: Int
            if let known = positions[name] {
                position = known
                guard months[position].cost == cost else {
                    throw row.error("cost", "differs from an earlier line of the same server")
                }
            } else {
                position = months.count
                positions[name] = position
                months.append(try serverFields(row, name: name, cost: cost))
                seenParts.append([])
            }
            let hours = try row.requiredAmount("hours", rounding: true)
            let price = try row.requiredAmount("price")
            let part = try row.requiredText("part")
            switch part {
            case "online", "offline":
                guard seenParts[position].insert(part).inserted else {
                    throw row.error("part", "a second \(part) line for the same server")
                }
                if part == "online" {
                    months[position].onlineHours = hours
                    months[position].onlinePrice = price
                } else {
                    months[position].offlineHours = hours
                    months[position].offlinePrice = price
                    months[position].offlineDiscountPercent = try row.amount("discount", rounding: true)
                    months[position].offlineReduction = try row.amount("reduction")
                }
            case "reserved":
                guard months[position].reservedDiscounts.count < SeewebServerMonth.maxReservedDiscounts else {
                    throw row.error("part", "more than \(SeewebServerMonth.maxReservedDiscounts) reserved lines")
                }
                months[position].reservedDiscounts.append(
                    SeewebReservedDiscount(
                        plan: try row.requiredText("reserved_plan"), hours: hours,
                        discountPercent: try row.amount("discount", rounding: true), price: price,
                        reduction: try row.amount("reduction"), startDate: row.text("reserved_start_date"),
                        endDate: row.text("reserved_end_date")))
            default:
                throw row.error("part", "expected online, offline or reserved")
            }
        }
        return months
    }

    /// The template months of a templates answer.
    public static func templates(_ body: [UInt8]) throws(SeewebCSVError) -> [SeewebTemplateMonth] {
        var months: [SeewebTemplateMonth] = []
        for row in try rows(body, required: requiredTemplateColumns) {
            months.append(
                SeewebTemplateMonth(
                    name: try row.requiredText("name"), cost: try row.requiredAmount("cost"),
                    status: row.text("status"), creationDate: row.text("creation_date"),
                    deletionDate: row.text("deletion_date"), notes: row.text("notes"), year: try row.integer("year"),
                    month: try row.integer("month")))
        }
        return months
    }

    /// The server-level fields of a server's first line.
    private static func serverFields(_ row: SeewebCSVRow, name: String, cost: Amount) throws(SeewebCSVError)
        -> SeewebServerMonth
    {
        SeewebServerMonth(
            name: name, plan: row.text("plan"), group: row.text("group"), notes: row.text("notes"),
            status: row.text("status"), year: try row.integer("year"), month: try row.integer("month"),
            creationDate: row.text("creation_date"), deletionDate: row.text("deletion_date"),
            billedHours: try row.amount("billed_hours", rounding: true), cost: cost,
            originalCost: try row.amount("original_cost"))
    }

    /// The data rows of `body` after checking the header has the `required` columns and
    /// every row has as many fields as the header. An empty answer has no rows.
    private static func rows(_ body: [UInt8], required: [String]) throws(SeewebCSVError) -> [SeewebCSVRow] {
        let table = try SeewebCSVTable(body)
        guard let header = table.records.first else { return [] }
        var columns: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() where columns[name] == nil {
            columns[name] = index
        }
        for name in required where columns[name] == nil {
            throw SeewebCSVError(line: header.line, column: name, message: "missing from the header")
        }
        return try table.records.dropFirst().map { record throws(SeewebCSVError) in
            guard record.fields.count == header.fields.count else {
                throw SeewebCSVError(
                    line: record.line,
                    message: "\(record.fields.count) fields where the header has \(header.fields.count)")
            }
            return SeewebCSVRow(line: record.line, fields: record.fields, columns: columns)
        }
    }
}
