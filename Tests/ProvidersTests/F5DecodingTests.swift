import CostCore
import Foundation
import Providers
import Testing

@Suite("F5 decoding: the seed's samples, money, timestamps and strictness")
struct F5DecodingTests {
    /// The response example of the seed page, as published: every value is the string `example`.
    static let seedSample = """
        { "usage_summary_items": [ { "billing_metric_data": { "unit": "example", "value": "example" }, \
        "name": "example", "service": "example", "usage_metric_data": { "metric_value": { "timestamp": 1, \
        "value": "example" }, "unit": "example" } } ]}
        """

    /// The same sample with values of the documented types: decimal strings, Unix seconds.
    static let fixedSeedSample = """
        { "usage_summary_items": [ { "billing_metric_data": { "unit": "load balancers", "value": "0.83" }, \
        "name": "HTTP Load Balancer", "service": "Multi-Cloud App Connect", "usage_metric_data": \
        { "metric_value": { "timestamp": 1795132800, "value": "20" }, "unit": "hours" } } ]}
        """

    @Test func theSeedSampleAsPublishedKeepsItsItemAndListsEveryValueThatIsNotANumber() throws {
        let items = try F5UsageSummaryItem.decode(Array(Self.seedSample.utf8))
        let item = try #require(items.first)
        #expect(items.count == 1 && item.name == "example" && item.service == "example")
        #expect(item.billingValue == nil && item.usageValue == nil)
        #expect(item.usageTimestamp == Date(timeIntervalSince1970: 1))
        #expect(
            item.unreadable == [
                F5UnreadableValue(field: "billing_metric_data.value", text: "example"),
                F5UnreadableValue(field: "usage_metric_data.metric_value.value", text: "example"),
            ])
    }

    @Test func usageValuesThatAreNotNumbersAreListedNotFatal() throws {
        let body = """
            {"usage_summary_items":[{"name":"WAAP Requests","billing_metric_data":{"value":true},
              "usage_metric_data":{"metric_value":{"timestamp":"soon","value":{"n":1}}}},
             {"name":"DNS Zones","usage_metric_data":{"metric_value":{"timestamp":-5,"value":["1"]}}}]}
            """
        let items = try F5UsageSummaryItem.decode(Array(body.utf8))
        let item = try #require(items.first)
        #expect(
            items.last?.unreadable == [
                F5UnreadableValue(field: "usage_metric_data.metric_value.timestamp", text: "-5"),
                F5UnreadableValue(field: "usage_metric_data.metric_value.value", text: "an array", isQuoted: false),
            ])
        #expect(
            item.unreadable == [
                F5UnreadableValue(field: "billing_metric_data.value", text: "true"),
                F5UnreadableValue(field: "usage_metric_data.metric_value.timestamp", text: "soon"),
                F5UnreadableValue(field: "usage_metric_data.metric_value.value", text: "an object", isQuoted: false),
            ])
        #expect(item.usageTimestamp == nil && item.usageValue == nil && item.billingValue == nil)
    }

    @Test(
        arguments: [
            (#""12345""#, "123.45"),  // the documented int64-as-string of hundredths
            ("12345", "123.45"),  // the same int64 as a JSON integer
            (#""123.45""#, "123.45"),  // a decimal string of units
            ("123.45", "123.45"),  // a JSON number of units
            ("123.40", "123.4"), (#""-5""#, "-0.05"), ("-5", "-0.05"), (#""-0.05""#, "-0.05"),
            ("1.2345e2", "123.45"), (#""1.2345E+2""#, "123.45"), ("12.0", "12"), (#""12""#, "0.12"),
            ("12", "0.12"), (#""0""#, "0"), ("0.001", "0.001"),
            (#""9223372036854775807""#, "92233720368547758.07"),
        ])
    func moneyIsReadByItsFormExactly(text: String, expected: String) throws {
        for body in [
            #"{"total_cost":\#(text),"usage_items":[]}"#,
            #"{"usage_items":[{"amount":\#(text),"currency_code":"USD"}]}"#,
        ] {
            let answer = try F5CurrentUsage.decode(Array(body.utf8))
            #expect((answer.totalCost ?? answer.items.first?.amount) == Amount(expected), "\(body)")
        }
        let month =
            #"{"monthly_usage_items":[{"amount":\#(text),"currency_code":"USD","start_timestamp":"0","end_timestamp":"1"}]}"#
        #expect(try F5MonthlyUsageItem.decode(Array(month.utf8)).first?.amount == Amount(expected))
    }

    @Test(
        arguments: [
            (#""12.5.3""#, "expected money as hundredths (\"12345\") or a decimal (\"123.45\") in the string"),
            (#""1e""#, "expected money as hundredths (\"12345\") or a decimal (\"123.45\") in the string"),
            (#"".5""#, "expected money as hundredths (\"12345\") or a decimal (\"123.45\") in the string"),
            (#""+5""#, "expected money as hundredths (\"12345\") or a decimal (\"123.45\") in the string"),
            (#"" 5""#, "expected money as hundredths (\"12345\") or a decimal (\"123.45\") in the string"),
            (#""05.1""#, "expected money as hundredths (\"12345\") or a decimal (\"123.45\") in the string"),
            (#""""#, "expected money as hundredths (\"12345\") or a decimal (\"123.45\") in the string"),
            (#""99999999999999999999""#, "money out of range (hundredths beyond 64 bits, or too precise)"),
            ("99999999999999999999", "money out of range (hundredths beyond 64 bits, or too precise)"),
            ("0.0000000000001", "money out of range (hundredths beyond 64 bits, or too precise)"),
            ("true", "expected money as a string or a number"),
            ("null", "expected money as a string or a number"),
        ])
    func moneyThatIsNotExactlyReadableIsAnErrorNamingThePath(text: String, message: String) throws {
        let body = #"{"usage_items":[{"amount":\#(text),"currency_code":"USD"}]}"#
        let error = try #require(throws: JSONError.self) { _ = try F5CurrentUsage.decode(Array(body.utf8)) }
        #expect(error.path == "usage_items[0].amount")
        #expect(error.message == message)
    }

    @Test func anEmptyObjectOrAnErrorObjectIsNeverReadAsNoLines() throws {
        for body in ["{}", #"{"code":7,"message":"denied"}"#] {
            let bytes = Array(body.utf8)
            #expect(throws: JSONError.self) { try F5UsageSummaryItem.decode(bytes) }
            #expect(throws: JSONError.self) { try F5MonthlyUsageItem.decode(bytes) }
            #expect(throws: JSONError.self) { try F5CurrentUsage.decode(bytes) }
        }
        #expect(try F5CurrentUsage.decode(Array(#"{"usage_items":null}"#.utf8)).items.isEmpty)
    }

    @Test func theFixedSeedSampleDecodesExactly() throws {
        let items = try F5UsageSummaryItem.decode(Array(Self.fixedSeedSample.utf8))
        let expected = F5UsageSummaryItem(
            name: "HTTP Load Balancer", service: "Multi-Cloud App Connect", billingValue: Amount("0.83"),
            billingUnit: "load balancers", usageValue: Amount(20), usageUnit: "hours",
            usageTimestamp: Date(timeIntervalSince1970: 1_795_132_800))
        #expect(items == [expected])
    }

    @Test func usageSummarySkipsUnknownFieldsAndAcceptsNullsAndNumbers() throws {
        let body = """
            {"usage_summary_items":[
              {"name":"WAAP Requests","service":null,"new_field":{"a":[1,2,{"b":null}]},
               "billing_metric_data":{"unit":"million requests","value":1.5,"division_factor":"1e6"},
               "usage_metric_data":{"unit":"requests","metric_value":{"timestamp":"1795132800.5","value":"1500000"}}},
              {"name":"DNS Zones","billing_metric_data":null,"usage_metric_data":{"metric_value":null}}
            ],"next":"ignored"}
            """
        let items = try F5UsageSummaryItem.decode(Array(body.utf8))
        #expect(items.count == 2)
        #expect(items[0].service == nil)
        #expect(items[0].billingValue == Amount("1.5"))
        #expect(items[0].usageValue == Amount(1_500_000))
        #expect(items[0].usageTimestamp == Date(timeIntervalSince1970: 1_795_132_800))
        #expect(items[1] == F5UsageSummaryItem(name: "DNS Zones"))
        #expect(throws: JSONError.self) { try F5UsageSummaryItem.decode(Array("{}".utf8)) }
        #expect(try F5UsageSummaryItem.decode(Array(#"{"usage_summary_items":[]}"#.utf8)).isEmpty)
        #expect(try F5UsageSummaryItem.decode(Array(#"{"usage_summary_items":null}"#.utf8)).isEmpty)
    }

    @Test(
        arguments: [
            (
                #"{"usage_summary_items":[{"name":"a"},{"service":"b"}]}"#, "usage_summary_items[1]",
                "missing required field 'name'"
            ),
            (
                #"{"usage_summary_items":[{"name":5}]}"#, "usage_summary_items[0].name",
                "expected a string, found a number"
            ),
            (#"{"usage_summary_items":{"name":"a"}}"#, "usage_summary_items", "expected an array, found an object"),
        ])
    func usageSummaryErrorsNameThePath(body: String, path: String, message: String) throws {
        let error = try #require(throws: JSONError.self) { _ = try F5UsageSummaryItem.decode(Array(body.utf8)) }
        #expect(error.path == path)
        #expect(error.message == message)
    }

    @Test func currentUsageReadsHundredthsCurrencyAndPeriods() throws {
        let body = """
            {"coupons":[{"discount_amount":500,"discount_type":"DISCOUNT_TYPE_FIXED_AMOUNT","title":"welcome"}],
             "discount":"500","total_cost":"123456",
             "usage_items":[
              {"amount":"100001","currency_code":"usd","start_timestamp":"2026-11-01T00:00:00Z",
               "end_timestamp":"2026-11-02T03:00:00+03:00","usage_type":"WAAP Requests","metric_labels":["Web App & API Protection"],
               "quantity":1.5e6,"quantity_billable":"1.5","status":"STATUS_ACTIVE","fixed":false},
              {"amount":23455,"currency_code":"USD","usage_type":null,"metric_labels":null,"start_timestamp":null}
             ]}
            """
        let answer = try F5CurrentUsage.decode(Array(body.utf8))
        #expect(answer.totalCost == Amount("1234.56"))
        #expect(answer.items.count == 2)
        let first = answer.items[0]
        #expect(first.amount == Amount("1000.01"))
        #expect(first.currency == .usd)
        #expect(first.start == Date(timeIntervalSince1970: 1_793_491_200))
        #expect(first.end == Date(timeIntervalSince1970: 1_793_491_200 + 86_400))
        #expect(first.usageType == "WAAP Requests")
        #expect(first.metricLabels == ["Web App & API Protection"])
        #expect(answer.items[1] == F5CurrentUsageItem(amount: Amount("234.55")!, currency: .usd))
    }

    @Test(
        arguments: [
            (
                #"{"usage_items":[{"amount":"12,50","currency_code":"USD"}]}"#, "usage_items[0].amount",
                "expected money as hundredths (\"12345\") or a decimal (\"123.45\") in the string"
            ),
            (#"{"usage_items":[{"amount":"1"}]}"#, "usage_items[0]", "missing required field 'currency_code'"),
            (#"{"usage_items":[{"currency_code":"USD"}]}"#, "usage_items[0]", "missing required field 'amount'"),
            (
                #"{"usage_items":[{"amount":"1","currency_code":"US"}]}"#, "usage_items[0].currency_code",
                "expected a three-letter currency code"
            ),
            (
                #"{"usage_items":[{"amount":"1","currency_code":"USD","start_timestamp":"2026-11-01"}]}"#,
                "usage_items[0].start_timestamp", "expected an RFC 3339 timestamp"
            ),
            (
                #"{"usage_items":[{"amount":"1","currency_code":"USD","start_timestamp":"2026-11-02T00:00:00Z","end_timestamp":"2026-11-01T00:00:00Z"}]}"#,
                "usage_items[0]", "end_timestamp must be after start_timestamp"
            ),
            (#"{"total_cost":true}"#, "total_cost", "expected money as a string or a number"),
        ])
    func currentUsageErrorsNameThePath(body: String, path: String, message: String) throws {
        let error = try #require(throws: JSONError.self) { _ = try F5CurrentUsage.decode(Array(body.utf8)) }
        #expect(error.path == path)
        #expect(error.message == message)
    }

    @Test func monthlyUsageReadsEveryMonthAndRequiresEveryField() throws {
        let body = """
            {"monthly_usage_items":[
              {"amount":"270512","currency_code":"USD","start_timestamp":"2026-09-01T00:00:00Z","end_timestamp":"2026-10-01T00:00:00Z"},
              {"amount":"-150","currency_code":"EUR","start_timestamp":"1790812800","end_timestamp":1793491200,"extra":[]}
            ]}
            """
        let months = try F5MonthlyUsageItem.decode(Array(body.utf8))
        #expect(
            months == [
                F5MonthlyUsageItem(
                    amount: Amount("2705.12")!, currency: .usd, start: Date(timeIntervalSince1970: 1_788_220_800),
                    end: Date(timeIntervalSince1970: 1_790_812_800)),
                F5MonthlyUsageItem(
                    amount: Amount("-1.50")!, currency: .eur, start: Date(timeIntervalSince1970: 1_790_812_800),
                    end: Date(timeIntervalSince1970: 1_793_491_200)),
            ])
        let missing =
            #"{"monthly_usage_items":[{"amount":"1","currency_code":"USD","start_timestamp":"2026-09-01T00:00:00Z"}]}"#
        let error = try #require(throws: JSONError.self) { _ = try F5MonthlyUsageItem.decode(Array(missing.utf8)) }
        #expect(error.path == "monthly_usage_items[0]")
        #expect(error.message == "missing required field 'end_timestamp'")
    }

    @Test func timestampsParseRFC3339WithZonesFractionsAndUnixSeconds() {
        let midnight = Date(timeIntervalSince1970: 1_793_491_200)
        #expect(F5Timestamp.parse("2026-11-01T00:00:00Z") == midnight)
        #expect(F5Timestamp.parse("2026-11-01t00:00:00z") == midnight)
        #expect(F5Timestamp.parse("2026-11-01T03:00:00.123456789+03:00") == midnight)
        #expect(F5Timestamp.parse("2026-10-31T19:00:00-05:00") == midnight)
        #expect(F5Timestamp.parse("1793491200") == midnight)
        for bad in [
            "2026-11-01T00:00:00", "2026-11-01 00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-01T00:00:00+3:00",
            "2026-11-01T00:00:00.Z", "", "-1", "999999999999", "example",
        ] {
            #expect(F5Timestamp.parse(bad) == nil, "\(bad)")
        }
        #expect(F5Timestamp.format(midnight.addingTimeInterval(0.75)) == "2026-11-01T00:00:00Z")
    }
}
