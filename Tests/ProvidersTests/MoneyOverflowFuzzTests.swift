import CostCore
import Foundation
import Providers
import Testing

/// Random and edge-case digit strings through every money parser and every sum: nothing traps,
/// a value that fits is read exactly, and one that does not is refused (never wrapped or rounded
/// into something else).
@Suite("Money parsing and sums never overflow")
struct MoneyOverflowFuzzTests {
    static let edges = [
        "0", "-0", "0.0", "-0.000", "1", "-1", "0.000000000001", "0.0000000000001",
        String(repeating: "9", count: 20), "-" + String(repeating: "9", count: 20),
        String(repeating: "9", count: 20) + "." + String(repeating: "9", count: 12),
        "-" + String(repeating: "9", count: 20) + "." + String(repeating: "9", count: 12),
        "1" + String(repeating: "0", count: 20), String(repeating: "9", count: 38), String(repeating: "9", count: 39),
        "1" + String(repeating: "0", count: 38), String(repeating: "1", count: 40), String(repeating: "7", count: 400),
        "-" + String(repeating: "9", count: 39), "170141183460469231731687303715884105727",
        "-170141183460469231731687303715884105728", "9223372036854775807", "-9223372036854775808",
        "9223372036854775808", "18446744073709551616", "1e400", "-1e400", "1e-400", "0e400", "-0e-400", "1E+20",
        "1e20", "1e21", "9.99e19", "1e9999", "1e99999", "12.5e-3", "5e-13", "0.5e1",
    ]

    /// Plain decimals `-?D+(.D+)?` built from random digit counts around the limits.
    static func randomDecimals(count: Int, seed: UInt64) -> [String] {
        var random = JSONTestRandom(seed: seed)
        return (0..<count).map { _ in
            var text = random.oneIn(3) ? "-" : ""
            let integerDigits = random.pick([1, 2, 5, 12, 18, 19, 20, 21, 25, 38, 39, 40, 60])
            text += String(random.below(9) + 1)
            for _ in 1..<integerDigits { text += String(random.below(10)) }
            if random.oneIn(2) {
                text += "."
                for _ in 0..<random.pick([1, 2, 6, 11, 12, 13, 20]) { text += String(random.below(10)) }
            }
            return text
        }
    }

    /// The exact value of a plain decimal in ``Amount``'s notation, or nil when it has more
    /// than 20 integer digits or more than 12 significant fractional digits.
    static func reference(_ text: String) -> String? {
        var body = Substring(text)
        let negative = body.first == "-"
        if negative { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0].drop { $0 == "0" })
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.last == "0" { fraction.removeLast() }
        guard whole.count <= Amount.maxIntegerDigits, fraction.count <= Amount.scale else { return nil }
        let magnitude = (whole.isEmpty ? "0" : whole) + (fraction.isEmpty ? "" : "." + fraction)
        return negative && magnitude != "0" ? "-" + magnitude : magnitude
    }

    /// A plain decimal rounded to the cent, half away from zero, decided by its third
    /// fractional digit, in ``Amount``'s notation; nil when the result has more than 20 integer digits.
    static func centsReference(_ text: String) -> String? {
        var body = Substring(text)
        let negative = body.first == "-"
        if negative { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0].drop { $0 == "0" })
        let fraction = Array(parts.count > 1 ? String(parts[1]) : "")
        guard whole.count <= Amount.maxIntegerDigits else { return nil }
        let twoPlaces = String(fraction.prefix(2)) + String(repeating: "0", count: max(0, 2 - fraction.count))
        guard var cents = UInt128((whole.isEmpty ? "0" : whole) + twoPlaces) else { return nil }
        if fraction.count > 2 && fraction[2] >= "5" { cents += 1 }
        var limit: UInt128 = 100
        for _ in 0..<Amount.maxIntegerDigits { limit *= 10 }
        guard cents < limit else { return nil }
        let (integer, rest) = (cents / 100, cents % 100)
        let magnitude =
            rest == 0
            ? "\(integer)" : rest % 10 == 0 ? "\(integer).\(rest / 10)" : "\(integer).\(rest < 10 ? "0" : "")\(rest)"
        return negative && cents != 0 ? "-" + magnitude : magnitude
    }

    static func json(_ text: String, _ read: (inout JSONReader) throws(JSONError) -> Amount) -> Amount? {
        try? JSONReader.read(Array(text.utf8)) { reader throws(JSONError) in try read(&reader) }
    }

    @Test("Plain decimals: every parser reads what fits exactly and refuses the rest")
    func plainDecimals() {
        for text in Self.randomDecimals(count: 3_000, seed: 0x6D6F_6E65_79)
            + Self.edges.filter({ !$0.contains("e") && !$0.contains("E") })
        {
            let expected = Self.reference(text)
            #expect(Amount(text)?.description == expected, "Amount(\(text))")
            #expect(Amount(asciiBytes: Array(text.utf8))?.description == expected, "asciiBytes \(text)")
            if expected != nil {
                #expect(Amount(roundingExcessDigits: text)?.description == expected, "rounding \(text)")
            } else {
                // Too many integer digits is refused even when rounding is allowed.
                let integerDigits = text.drop { $0 == "-" }.prefix { $0 != "." }.drop { $0 == "0" }.count
                if integerDigits > Amount.maxIntegerDigits { #expect(Amount(roundingExcessDigits: text) == nil) }
            }
            let jsonValid = !text.drop(while: { $0 == "-" }).hasPrefix("0") || text.drop { $0 == "-" }.hasPrefix("0.")
            guard jsonValid else { continue }
            #expect(
                Self.json(text) { r throws(JSONError) in try r.readAmount() }?.description == expected, "JSON \(text)")
            #expect(
                Self.json("\"\(text)\"") { r throws(JSONError) in try r.readAmount() }?.description == expected,
                "JSON string \(text)")
        }
    }

    @Test("Exponent forms never trap: zero is zero, huge is refused, tiny rounds only when allowed")
    func exponents() {
        #expect(Amount("1e400") == nil)
        #expect(Amount("-1e400") == nil)
        #expect(Amount("1e9999") == nil)
        #expect(Amount("1e99999") == nil)
        #expect(Amount("0e400") == .zero)
        #expect(Amount("-0e-400") == .zero)
        #expect(Amount("1e-400") == nil)
        #expect(Amount(roundingExcessDigits: "1e-400") == .zero)
        #expect(Amount("1e19")?.description == "10000000000000000000")
        #expect(Amount("1e20") == nil)
        #expect(Amount("12.5e-3")?.description == "0.0125")
        #expect(Amount(roundingExcessDigits: "5e-13")?.description == "0.000000000001")
        for text in ["1e400", "-1e400", "1e21", "1e9999"] {
            #expect(Self.json(text) { r throws(JSONError) in try r.readAmount() } == nil, "JSON \(text)")
            #expect(Self.json(text) { r throws(JSONError) in try r.readAmount(roundingExcessDigits: true) } == nil)
        }
        #expect(Self.json("0e400") { r throws(JSONError) in try r.readAmount() } == .zero)
    }

    @Test("Every provider's money decoder refuses what does not fit, without trapping")
    func providerDecoders() throws {
        for text in Self.randomDecimals(count: 400, seed: 0x7072_6F76) + Self.edges {
            let expected = Self.reference(text)
            // F5: an int64 count of hundredths as a string of digits, else a decimal of units.
            let f5 = try? F5MonthlyUsageItem.decode(
                Array(
                    #"{"monthly_usage_items":[{"amount":"\#(text)","currency_code":"USD","start_timestamp":"2026-01-01T00:00:00Z","end_timestamp":"2026-02-01T00:00:00Z"}]}"#
                        .utf8))
            let digitsOnly = text.wholeMatch(of: /-?[0-9]+/) != nil
            let jsonNumber = text.wholeMatch(of: /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/) != nil
            let f5Expected =
                digitsOnly
                ? Int64(text).map { Amount(minorUnits: $0, decimals: 2) } : jsonNumber ? Amount(text) : nil
            #expect(f5?.first?.amount == f5Expected, "F5 \(text)")
            // Selectel: kopecks.
            let selectel = try? SelectelConsumptionRow.decodeList(
                Array(#"{"status":"success","data":[{"value":"\#(text)","period":"2026-03-01T00:00:00"}]}"#.utf8))
            if let row = selectel?.first {
                #expect(Amount(text).map { $0.units / 100 } == row.value.units, "Selectel \(text)")
            }
            // Seeweb CSV: euros, rounded to the cent.
            let seeweb = try? SeewebCSVDecoder.templates(Array("name,cost\r\nei1,\(text)\r\n".utf8))
            if !text.lowercased().contains("e") {
                #expect(seeweb?.first?.cost.description == Self.centsReference(text), "Seeweb \(text)")
            }
            // OnApp XML: decimals, rounded beyond 12 places.
            let xml =
                "<vm_stats type=\"array\"><vm_hourly_stat><stat_time type=\"datetime\">2026-03-01T10:00:00Z</stat_time>"
                + "<currency_code>USD</currency_code><total_cost type=\"decimal\">\(text)</total_cost>"
                + "</vm_hourly_stat></vm_stats>"
            let onApp = try? OnAppXMLDecoding.decode(Array(xml.utf8))
            if let expected, !text.lowercased().contains("e") {
                #expect(onApp?.first?.totalCost.description == expected, "OnApp \(text)")
            }
            // Cloud.ru: JSON numbers.
            _ = try? CloudRuConsumptionPage.decode(
                Array(
                    #"{"consumptions":[{"sku":"s","servname":"v","usedate":"2026-03-01T00:00:00Z","amount":\#(text),"amount_nds":"\#(text)"}]}"#
                        .utf8))
        }
    }

    @Test("Totals flag an overflowing currency instead of trapping, and keep the others exact")
    func totalsReportOverflow() {
        let usd = Currency(code: "USD")!
        let eur = Currency(code: "EUR")!
        var totals = MoneyTotals()
        totals.add(Money(Amount(units: .max - 5), usd))
        totals.add(Money(Amount("1.5")!, eur))
        totals.add(Money(Amount(units: 10), usd))
        totals.add(Money(Amount("2.25")!, eur))
        #expect(totals.overflowedCurrencies == [usd])
        #expect(totals[eur].amount.description == "3.75")
        var negative = MoneyTotals()
        negative.add(Money(Amount(units: .min + 1), eur))
        negative.add(Money(Amount(units: -2), eur))
        #expect(negative.overflowedCurrencies == [eur])
        var merged = MoneyTotals()
        merged.add(totals)
        #expect(merged.overflowedCurrencies == [usd])
        #expect(Amount(units: .max).addingReportingOverflow(Amount(units: 1)).overflow)
        #expect(Amount(units: .min).subtractingReportingOverflow(Amount(units: 1)).overflow)
        #expect(Amount(units: .max).adding(Amount(units: 1)) == nil)
        #expect(Amount(units: .min).magnitude == Amount(units: .max))
    }

    @Test("An account whose amounts add up beyond the spend limit is refused; one within it is not")
    func spendLimit() {
        let usd = Currency(code: "USD")!
        let largest = Amount(String(repeating: "9", count: 20))!
        func records(_ count: Int, _ amount: Amount, sign: Bool = false) -> [CostRecord] {
            (0..<count).map { index in
                CostRecord(
                    provider: .f5xc, account: "a",
                    period: DateRange(start: Date(timeIntervalSince1970: 0), end: Date(timeIntervalSince1970: 3600)),
                    amount: Money(sign && index % 2 == 1 ? -amount : amount, usd))
            }
        }
        #expect(SpendLimit.exceeded(by: records(100, largest)) == nil)
        #expect(SpendLimit.exceeded(by: records(101, largest)) == usd)
        // Positive and negative amounts both count: they could be grouped apart.
        #expect(SpendLimit.exceeded(by: records(101, largest, sign: true)) == usd)
        #expect(SpendLimit.exceeded(by: records(1, Amount(units: .min))) == usd)
        #expect(SpendLimit.exceeded(by: records(3, Amount(units: .max))) == usd)
    }
}
