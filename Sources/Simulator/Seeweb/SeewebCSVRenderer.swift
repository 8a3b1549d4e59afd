import Foundation

/// Writes the `?type=csv` answers of the billing endpoints.
///
/// Seeweb does not document its CSV columns, so the simulator uses its own flat layout:
/// RFC 4180 (comma separated, `"`-quoted when a field holds a comma, quote or line break,
/// CRLF line ends), a header line, numbers as in the JSON answers and empty fields for nulls.
///
/// Servers, one line per part of a server's month — an `online` line, an `offline` line, and
/// one `reserved` line per entry of `reserved_discounts` — with the server's fields repeated:
///
/// ```
/// year,month,name,plan,group,notes,status,creation_date,deletion_date,billed_hours,cost,original_cost,part,hours,price,discount,reduction,reserved_plan,reserved_start_date,reserved_end_date
/// ```
///
/// `hours`/`price` are the part's hours and price; `discount`/`reduction` are
/// `offline_discount`/`offline_reduction` on the offline line and `reserved_discount`/
/// `reserved_reduction` on reserved lines (empty on the online line); the `reserved_*` columns
/// are filled on reserved lines only.
///
/// Templates, one line per template:
///
/// ```
/// year,month,name,notes,status,creation_date,deletion_date,cost
/// ```
enum SeewebCSVRenderer {
    /// The header of the servers answer.
    static let serverHeader = [
        "year", "month", "name", "plan", "group", "notes", "status", "creation_date", "deletion_date",
        "billed_hours", "cost", "original_cost", "part", "hours", "price", "discount", "reduction",
        "reserved_plan", "reserved_start_date", "reserved_end_date",
    ]
    /// The header of the templates answer.
    static let templateHeader = ["year", "month", "name", "notes", "status", "creation_date", "deletion_date", "cost"]

    /// The servers answer.
    static func servers(_ bills: [SeewebServerBill]) -> [UInt8] {
        var text = line(serverHeader)
        for bill in bills {
            let server = bill.server
            let common = [
                String(bill.month.year), String(bill.month.month), server.name, server.plan.name, server.group ?? "",
                server.notes, bill.status, SeewebTimestamp.text(server.createdMicros),
                server.deletedMicros.map(SeewebTimestamp.text) ?? "", String(bill.billedHours),
                SeewebMoneyText.text(cents: bill.costCents), SeewebMoneyText.text(cents: bill.originalCostCents),
            ]
            text += serverLine(
                common + ["online", String(bill.onlineHours), SeewebMoneyText.text(cents: bill.onlineCents)])
            text += serverLine(
                common + [
                    "offline", String(bill.offlineHours), SeewebMoneyText.text(cents: bill.offlineCents),
                    String(server.offlineDiscountPercent), SeewebMoneyText.text(cents: bill.offlineReductionCents),
                ])
            for part in bill.reserved {
                text += serverLine(
                    common + [
                        "reserved", String(part.hours), SeewebMoneyText.text(cents: part.priceCents),
                        String(part.reservation.plan.discountPercent), SeewebMoneyText.text(cents: part.reductionCents),
                        String(part.reservation.plan.id), SeewebTimestamp.text(part.reservation.startMicros),
                        SeewebTimestamp.text(part.reservation.endMicros),
                    ])
            }
        }
        return Array(text.utf8)
    }

    /// The templates answer.
    static func templates(_ bills: [SeewebTemplateBill]) -> [UInt8] {
        var text = line(templateHeader)
        for bill in bills {
            let template = bill.template
            text += line([
                String(bill.month.year), String(bill.month.month), template.name, template.notes, bill.status,
                SeewebTimestamp.text(template.createdMicros), template.deletedMicros.map(SeewebTimestamp.text) ?? "",
                SeewebMoneyText.fee(cents: template.monthlyCents),
            ])
        }
        return Array(text.utf8)
    }

    /// One line of `fields`, padded with empty fields to `width` and ending in CRLF.
    private static func line(_ fields: [String], width: Int = 0) -> String {
        var padded = fields
        while padded.count < width { padded.append("") }
        return padded.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// One line of the servers answer.
    private static func serverLine(_ fields: [String]) -> String {
        line(fields, width: serverHeader.count)
    }

    /// The field, quoted when it must be.
    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
