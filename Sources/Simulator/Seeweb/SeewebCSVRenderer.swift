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
///
/// With `otherHeaders` (the `seeweb-csv-headers` variation) the same fields come under other
/// names a client must accept (Italian and spelled-out ones, ``variedServerLayout``), in
/// another order, with columns it does not know.
enum SeewebCSVRenderer {
    /// The header of the servers answer.
    static let serverHeader = [
        "year", "month", "name", "plan", "group", "notes", "status", "creation_date", "deletion_date",
        "billed_hours", "cost", "original_cost", "part", "hours", "price", "discount", "reduction",
        "reserved_plan", "reserved_start_date", "reserved_end_date",
    ]
    /// The header of the templates answer.
    static let templateHeader = ["year", "month", "name", "notes", "status", "creation_date", "deletion_date", "cost"]

    /// The servers answer under other header names, in another order, with unknown columns.
    static let variedServerLayout = SeewebCSVLayout([
        ("Nome", "name", ""), ("Parte", "part", ""), ("Prezzo (EUR)", "price", ""), ("Ore", "hours", ""),
        ("Datacenter", nil, "it-fr2"), ("Costo", "cost", ""), ("Piano", "plan", ""), ("Gruppo", "group", ""),
        ("Note", "notes", ""), ("Stato", "status", ""), ("Anno", "year", ""), ("Mese", "month", ""),
        ("Data creazione", "creation_date", ""), ("Data cancellazione", "deletion_date", ""),
        ("Billed Hours", "billed_hours", ""), ("Original Cost", "original_cost", ""), ("Sconto %", "discount", ""),
        ("Riduzione", "reduction", ""), ("Reserved Plan", "reserved_plan", ""),
        ("reserved-start-date", "reserved_start_date", ""), ("ReservedEndDate", "reserved_end_date", ""),
        ("Tags", nil, ""),
    ])
    /// The templates answer under other header names, in another order, with an unknown column.
    static let variedTemplateLayout = SeewebCSVLayout([
        ("Costo (€)", "cost", ""), ("Template", "name", ""), ("Datacenter", nil, "it-fr2"), ("Stato", "status", ""),
        ("Note", "notes", ""), ("Anno", "year", ""), ("Mese", "month", ""), ("Created At", "creation_date", ""),
        ("Deleted At", "deletion_date", ""),
    ])

    /// The servers answer.
    static func servers(
        _ bills: [SeewebServerBill], money: SeewebMoneyText = SeewebMoneyText(), otherHeaders: Bool = false
    ) -> [UInt8] {
        let layout = otherHeaders ? variedServerLayout : SeewebCSVLayout(fields: serverHeader)
        var text = layout.header
        for bill in bills {
            let server = bill.server
            var common = [
                "year": String(bill.month.year), "month": String(bill.month.month), "name": server.name,
                "plan": server.plan.name, "group": server.group ?? "", "notes": server.notes, "status": bill.status,
                "creation_date": SeewebTimestamp.text(server.createdMicros),
                "deletion_date": server.deletedMicros.map(SeewebTimestamp.text) ?? "",
                "billed_hours": String(bill.billedHours), "cost": money.sum(ofCents: bill.partCents),
                "original_cost": money.text(cents: bill.originalCostCents, salt: 2),
            ]
            common["part"] = "online"
            common["hours"] = String(bill.onlineHours)
            common["price"] = money.text(cents: bill.onlineCents, salt: 1)
            text += layout.line(common)
            common["part"] = "offline"
            common["hours"] = String(bill.offlineHours)
            common["price"] = money.text(cents: bill.offlineCents, salt: 2)
            common["discount"] = String(server.offlineDiscountPercent)
            common["reduction"] = money.text(cents: bill.offlineReductionCents, salt: 3)
            text += layout.line(common)
            for (index, part) in bill.reserved.enumerated() {
                common["part"] = "reserved"
                common["hours"] = String(part.hours)
                common["price"] = money.text(cents: part.priceCents, salt: index)
                common["discount"] = String(part.reservation.plan.discountPercent)
                common["reduction"] = money.text(cents: part.reductionCents, salt: index + 1)
                common["reserved_plan"] = String(part.reservation.plan.id)
                common["reserved_start_date"] = SeewebTimestamp.text(part.reservation.startMicros)
                common["reserved_end_date"] = SeewebTimestamp.text(part.reservation.endMicros)
                text += layout.line(common)
            }
        }
        return Array(text.utf8)
    }

    /// The templates answer.
    static func templates(
        _ bills: [SeewebTemplateBill], money: SeewebMoneyText = SeewebMoneyText(), otherHeaders: Bool = false
    ) -> [UInt8] {
        let layout = otherHeaders ? variedTemplateLayout : SeewebCSVLayout(fields: templateHeader)
        var text = layout.header
        for (index, bill) in bills.enumerated() {
            let template = bill.template
            text += layout.line([
                "year": String(bill.month.year), "month": String(bill.month.month), "name": template.name,
                "notes": template.notes, "status": bill.status,
                "creation_date": SeewebTimestamp.text(template.createdMicros),
                "deletion_date": template.deletedMicros.map(SeewebTimestamp.text) ?? "",
                "cost": money.fee(cents: template.monthlyCents, salt: index),
            ])
        }
        return Array(text.utf8)
    }
}
