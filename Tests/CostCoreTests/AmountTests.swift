import CostCore
import Testing

@Suite("Exact amounts")
struct AmountTests {
    @Test func pointOnePlusPointTwoIsExactlyPointThree() {
        let sum = Amount("0.1")! + Amount("0.2")!
        #expect(sum == Amount("0.3")!)
        #expect(sum.description == "0.3")
    }

    @Test func kopecksBecomeRoublesExactly() {
        #expect(Amount(minorUnits: 12_345, decimals: 2).description == "123.45")
        #expect(Amount(minorUnits: -5, decimals: 2).description == "-0.05")
        #expect(Money(minorUnits: 1, .rub).description == "0.01 RUB")
    }

    @Test func millionsOfKopecksSumWithoutDrift() {
        var total = Amount.zero
        for _ in 0..<1_000_000 { total += Amount(minorUnits: 1, decimals: 2) }
        #expect(total == Amount(10_000))
    }

    @Test func bigValuesStayExact() {
        let big = Amount("99999999999999999999.999999999999")!
        #expect(big.description == "99999999999999999999.999999999999")
        #expect((big - big).isZero)
        #expect((big + Amount("0.000000000001")!).description == "100000000000000000000")
    }

    @Test(arguments: [
        ("1.5", "1.5"), ("-0.000001", "-0.000001"), ("2E+3", "2000"), ("1.25e-2", "0.0125"), (".5", "0.5"),
        ("007.100", "7.1"), ("+3", "3"), ("0", "0"), ("-0", "0"),
    ])
    func parsesDecimalText(input: String, expected: String) {
        #expect(Amount(input)?.description == expected)
    }

    @Test(arguments: ["", "-", "1.2.3", "abc", "1e", "1e+", "--1", "1,5", "0.0000000000001", "123456789012345678901"])
    func rejectsMalformedOrInexactText(input: String) {
        #expect(Amount(input) == nil)
    }

    @Test func roundingQuantitiesIsExplicit() {
        #expect(Amount("0.8333333333333334") == nil)
        #expect(Amount(roundingExcessDigits: "0.8333333333333334")?.description == "0.833333333333")
        #expect(Amount(roundingExcessDigits: "0.6666666666666666")?.description == "0.666666666667")
    }

    @Test func formatsWithGroupingAndRoundsHalfAwayFromZero() {
        #expect(Amount("1234567.805")!.formatted(places: 2, groupingSeparator: " ") == "1 234 567.81")
        #expect(Amount("-0.005")!.formatted(places: 2) == "-0.01")
        #expect(Amount("999.994")!.formatted(places: 2, groupingSeparator: ",") == "999.99")
        #expect(Amount(5).formatted(places: 0) == "5")
    }
}

@Suite("Money and currencies")
struct MoneyTests {
    @Test func totalsKeepCurrenciesApart() {
        var totals = MoneyTotals()
        totals.add(Money(Amount("10.50")!, .rub))
        totals.add(Money(Amount("2.25")!, .eur))
        totals.add(Money(Amount("0.50")!, .rub))
        #expect(totals.currencies == [.eur, .rub])
        #expect(totals[.rub] == Money(Amount(11), .rub))
        #expect(totals[.eur] == Money(Amount("2.25")!, .eur))
        #expect(totals[.usd].amount.isZero)
    }

    @Test func currencyCodesAreNormalised() {
        #expect(Currency(code: "rub") == .rub)
        #expect(Currency(code: " eur ") == .eur)
        #expect(Currency(code: "RUBL") == nil)
        #expect(Currency(code: "R1B") == nil)
        #expect(Currency.rub.symbol == "₽")
    }

    @Test func formattedMoneyShowsSymbolAndMinorUnits() {
        #expect(Money(Amount("12345.6")!, .rub).formatted == "12,345.60 ₽")
        #expect(Money(Amount(3), Currency(code: "JPY")!).formatted == "3 JPY")
    }
}
