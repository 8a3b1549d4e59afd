/// Writes the JSON answers of the billing endpoints: bare arrays of rows, keys in the order
/// of the seed's samples, money as floats in EUR (``SeewebMoneyText``), timestamps as
/// `…T10:06:22.973332+00:00`.
enum SeewebJSONRenderer {
    /// `[ {server row}, … ]`.
    static func servers(_ bills: [SeewebServerBill], money: SeewebMoneyText = SeewebMoneyText()) -> [UInt8] {
        var writer = JSONWriter(capacity: 700 * bills.count + 2)
        writer.raw("[")
        for (index, bill) in bills.enumerated() {
            if index > 0 { writer.raw(",") }
            write(bill, money: money, to: &writer)
        }
        writer.raw("]")
        return writer.bytes
    }

    /// `[ {template row}, … ]`.
    static func templates(_ bills: [SeewebTemplateBill], money: SeewebMoneyText = SeewebMoneyText()) -> [UInt8] {
        var writer = JSONWriter(capacity: 220 * bills.count + 2)
        writer.raw("[")
        for (index, bill) in bills.enumerated() {
            if index > 0 { writer.raw(",") }
            let template = bill.template
            writer.raw("{\"cost\":\(money.fee(cents: template.monthlyCents, salt: index)),\"name\":")
            writer.string(template.name)
            writer.raw(",\"status\":")
            writer.string(bill.status)
            writer.raw(",\"creation_date\":")
            writer.string(SeewebTimestamp.text(template.createdMicros))
            writer.raw(",\"deletion_date\":")
            writer.optionalString(template.deletedMicros.map(SeewebTimestamp.text))
            writer.raw(",\"notes\":")
            writer.string(template.notes)
            writer.raw(",\"year\":\(bill.month.year),\"month\":\(bill.month.month)}")
        }
        writer.raw("]")
        return writer.bytes
    }

    private static func write(_ bill: SeewebServerBill, money: SeewebMoneyText, to writer: inout JSONWriter) {
        let server = bill.server
        writer.raw("{\"plan\":")
        writer.string(server.plan.name)
        writer.raw(",\"name\":")
        writer.string(server.name)
        writer.raw(",\"group\":")
        writer.optionalString(server.group)
        writer.raw(",\"notes\":")
        writer.string(server.notes)
        writer.raw(",\"status\":")
        writer.string(bill.status)
        writer.raw(",\"year\":\(bill.month.year),\"month\":\(bill.month.month),\"creation_date\":")
        writer.string(SeewebTimestamp.text(server.createdMicros))
        writer.raw(",\"deletion_date\":")
        writer.optionalString(server.deletedMicros.map(SeewebTimestamp.text))
        writer.raw(",\"billed_hours\":\(bill.billedHours),\"cost\":\(money.sum(ofCents: bill.partCents))")
        writer.raw(",\"summary\":{\"online_hour\":\(bill.onlineHours)")
        writer.raw(",\"online_price\":\(money.text(cents: bill.onlineCents, salt: 1))")
        writer.raw(",\"offline_hour\":\(bill.offlineHours),\"offline_discount\":\(server.offlineDiscountPercent)")
        writer.raw(",\"offline_price\":\(money.text(cents: bill.offlineCents, salt: 2))")
        writer.raw(",\"offline_reduction\":\(money.text(cents: bill.offlineReductionCents, salt: 3))")
        writer.raw(",\"reserved_discounts\":[")
        for (index, part) in bill.reserved.enumerated() {
            if index > 0 { writer.raw(",") }
            writer.raw("{\"reserved_plan\":\(part.reservation.plan.id),\"reserved_hour\":\(part.hours)")
            writer.raw(",\"reserved_discount\":\(part.reservation.plan.discountPercent)")
            writer.raw(",\"reserved_price\":\(money.text(cents: part.priceCents, salt: index))")
            writer.raw(",\"reserved_reduction\":\(money.text(cents: part.reductionCents, salt: index + 1))")
            writer.raw(",\"reserved_start_date\":")
            writer.string(SeewebTimestamp.text(part.reservation.startMicros))
            writer.raw(",\"reserved_end_date\":")
            writer.string(SeewebTimestamp.text(part.reservation.endMicros))
            writer.raw("}")
        }
        writer.raw("],\"original_cost\":\(money.text(cents: bill.originalCostCents, salt: 2))}}")
    }
}
