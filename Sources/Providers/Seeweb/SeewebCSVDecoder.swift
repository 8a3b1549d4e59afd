import CostCore

/// Decodes the `?type=csv` answers of Seeweb's billing endpoints.
///
/// Seeweb does not document its CSV columns, so columns are found by header name
/// (``SeewebCSVColumn``: the JSON field names and their English and Italian variants, in any
/// case, with spaces or underscores), in any order; columns that are none of them are ignored
/// with one warning naming them. RFC 4180 (``SeewebCSVTable``), a header line, empty fields
/// for nulls. Two layouts are read:
///
/// - Flat, like the JSON rows: one line per server with `name`, `cost` and, when sent, the
///   server fields and the `summary` fields by their own names (`online_hour`,
///   `online_price`, …, `original_cost`, also as `summary.online_price`). A reservation is
///   given by the `reserved_*` columns; a server with several repeats its line once per
///   reservation.
/// - One line per part of a server's month, with the server's fields repeated on each
///   (the layout of the built-in simulator): `part` is `online`, `offline` or `reserved`;
///   `hours` and `price` are the part's; `discount` and `reduction` are the offline or
///   reserved discount (percent) and saving; `reserved_plan`, `reserved_start_date` and
///   `reserved_end_date` are filled on reserved lines. A missing online or offline line
///   counts as zero. This layout is chosen when the header has a `part` column.
///
/// Lines of one server (same `name`) are gathered into one ``SeewebServerMonth``; they must
/// agree on `cost`. Templates: one line per template, `name` and `cost` required.
///
/// Money (`cost`, prices, reductions, `original_cost`) is strict and rounded to the cent
/// (``SeewebMoney``); a missing money column is an error naming the headers found and the
/// names expected. Any other value that cannot be read (a year that is not a number, hours
/// that are not a number) goes to `warn` and is left out. Errors are ``SeewebCSVError``s with
/// the line and column.
public enum SeewebCSVDecoder {
    /// The columns a servers answer must have.
    static let requiredServerColumns: [SeewebCSVColumn] = [.name, .cost]
    /// The further columns a servers answer in the one-line-per-part layout must have.
    static let requiredPartColumns: [SeewebCSVColumn] = [.price]
    /// The columns a templates answer must have.
    static let requiredTemplateColumns: [SeewebCSVColumn] = [.name, .cost]

    /// The server months of a servers answer, in the order their first lines appear.
    /// Values left out are described to `warn`, one sentence each.
    public static func servers(_ body: [UInt8], warn: @escaping (String) -> Void = { _ in }) throws(SeewebCSVError)
        -> [SeewebServerMonth]
    {
        var months: [SeewebServerMonth] = []
        var positions: [String: Int] = [:]
        var seenParts: [Set<String>] = []
        let table = try SeewebCSVTable(body)
        guard let header = table.records.first.map({ SeewebCSVHeader($0.fields) }) else { return [] }
        let byPart = header.has(.part)
        try header.require(
            requiredServerColumns + (byPart ? requiredPartColumns : []), answer: "servers",
            line: table.records[0].line)
        for row in try rows(table, header, answer: "servers", warn: warn) {
            let name = try row.requiredText(.name)
            let cost = try row.requiredMoney(.cost)
            let position: Int
            if let known = positions[name] {
                position = known
                guard months[position].cost == cost else {
                    throw row.error(.cost, "differs from an earlier line of the same server")
                }
            } else {
                position = months.count
                positions[name] = position
                months.append(try serverFields(row, name: name, cost: cost, byPart: byPart))
                seenParts.append([])
            }
            if byPart {
                try readPart(row, into: &months[position], seen: &seenParts[position])
            } else if row.text(.reservedPlan) != nil || row.text(.reservedPrice) != nil {
                try appendReserved(
                    row, to: &months[position], hours: row.number(.reservedHour) ?? .zero,
                    discount: row.number(.reservedDiscount), price: try row.requiredMoney(.reservedPrice),
                    reduction: try row.money(.reservedReduction))
            }
        }
        return months
    }

    /// The template months of a templates answer.
    public static func templates(_ body: [UInt8], warn: @escaping (String) -> Void = { _ in }) throws(SeewebCSVError)
        -> [SeewebTemplateMonth]
    {
        let table = try SeewebCSVTable(body)
        guard let header = table.records.first.map({ SeewebCSVHeader($0.fields) }) else { return [] }
        try header.require(requiredTemplateColumns, answer: "templates", line: table.records[0].line)
        var months: [SeewebTemplateMonth] = []
        for row in try rows(table, header, answer: "templates", warn: warn) {
            months.append(
                SeewebTemplateMonth(
                    name: try row.requiredText(.name), cost: try row.requiredMoney(.cost),
                    status: row.text(.status), creationDate: row.text(.creationDate),
                    deletionDate: row.text(.deletionDate), notes: row.text(.notes), year: row.integer(.year),
                    month: row.integer(.month)))
        }
        return months
    }

    /// One line of the one-line-per-part layout, added to its server's month.
    private static func readPart(_ row: SeewebCSVRow, into month: inout SeewebServerMonth, seen: inout Set<String>)
        throws(SeewebCSVError)
    {
        let price = try row.requiredMoney(.price)
        let hours = row.number(.hours) ?? .zero
        let part = try row.requiredText(.part).lowercased()
        switch part {
        case "online", "offline":
            guard seen.insert(part).inserted else {
                throw row.error(.part, "a second \(part) line for the same server")
            }
            if part == "online" {
                month.onlineHours = hours
                month.onlinePrice = price
            } else {
                month.offlineHours = hours
                month.offlinePrice = price
                month.offlineDiscountPercent = row.number(.discount)
                month.offlineReduction = try row.money(.reduction)
            }
        case "reserved":
            try appendReserved(
                row, to: &month, hours: hours, discount: row.number(.discount), price: price,
                reduction: try row.money(.reduction))
        default:
            throw row.error(.part, "expected online, offline or reserved")
        }
    }

    /// Adds a reservation read from `row` to `month`.
    private static func appendReserved(
        _ row: SeewebCSVRow, to month: inout SeewebServerMonth, hours: Amount, discount: Amount?, price: Amount,
        reduction: Amount?
    ) throws(SeewebCSVError) {
        guard month.reservedDiscounts.count < SeewebServerMonth.maxReservedDiscounts else {
            throw row.error(.reservedPlan, "more than \(SeewebServerMonth.maxReservedDiscounts) reserved lines")
        }
        month.reservedDiscounts.append(
            SeewebReservedDiscount(
                plan: try row.requiredText(.reservedPlan), hours: hours, discountPercent: discount, price: price,
                reduction: reduction, startDate: row.text(.reservedStartDate), endDate: row.text(.reservedEndDate)))
    }

    /// The server-level fields of a server's first line; in the flat layout also its
    /// online and offline figures.
    private static func serverFields(_ row: SeewebCSVRow, name: String, cost: Amount, byPart: Bool)
        throws(SeewebCSVError) -> SeewebServerMonth
    {
        var month = SeewebServerMonth(
            name: name, plan: row.text(.plan), group: row.text(.group), notes: row.text(.notes),
            status: row.text(.status), year: row.integer(.year), month: row.integer(.month),
            creationDate: row.text(.creationDate), deletionDate: row.text(.deletionDate),
            billedHours: row.number(.billedHours) ?? (byPart ? nil : row.number(.hours)), cost: cost,
            originalCost: try row.money(.originalCost))
        guard !byPart else { return month }
        month.onlineHours = row.number(.onlineHour) ?? .zero
        month.onlinePrice = try row.money(.onlinePrice) ?? .zero
        month.offlineHours = row.number(.offlineHour) ?? .zero
        month.offlinePrice = try row.money(.offlinePrice) ?? .zero
        month.offlineDiscountPercent = row.number(.offlineDiscount)
        month.offlineReduction = try row.money(.offlineReduction)
        return month
    }

    /// The data rows of `table` after checking every row has as many fields as the header;
    /// warns once about the header names that are not read.
    private static func rows(
        _ table: SeewebCSVTable, _ header: SeewebCSVHeader, answer: String, warn: @escaping (String) -> Void
    ) throws(SeewebCSVError) -> [SeewebCSVRow] {
        if !header.unread.isEmpty {
            warn("the \(answer) CSV has columns that are not read: \(SeewebCSVHeader.quoted(header.unread))")
        }
        return try table.records.dropFirst().map { record throws(SeewebCSVError) in
            guard record.fields.count == header.names.count else {
                throw SeewebCSVError(
                    line: record.line,
                    message: "\(record.fields.count) fields where the header has \(header.names.count)")
            }
            return SeewebCSVRow(line: record.line, fields: record.fields, header: header, warn: warn)
        }
    }
}
