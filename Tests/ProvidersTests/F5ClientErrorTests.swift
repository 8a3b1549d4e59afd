import CostCore
import Foundation
import Providers
import Testing

@Suite("F5 client: documented errors, retries and money rules on scripted answers")
struct F5ClientErrorTests {
    let utcZone = TimeZone(identifier: "UTC")!
    /// One UTC day of November 2026: one request window.
    let day = DateRange(
        start: F5TestSupport.utc("2026-11-10T00:00:00"), end: F5TestSupport.utc("2026-11-11T00:00:00"))
    static let token = "f5-t0ken-value-1234"

    func client(_ transport: ScriptedTransport, retry: RetryPolicy = .none) throws -> F5Client {
        let account = F5Account(
            name: "f5", endpoint: try Endpoint("https://acme.console.ves.volterra.io"), token: Secret(Self.token),
            retry: retry)
        return F5Client(account: account, transport: transport)
    }

    static func answer(_ status: Int, _ body: String, headers: [(name: String, value: String)] = [])
        -> Result<HTTPResponse, TransportError>
    {
        .success(HTTPResponse(status: status, headers: headers, body: Array(body.utf8)))
    }

    static let noMonths = answer(200, #"{"monthly_usage_items":[]}"#)

    /// A `current_usage` answer with one line per `(usage_type, cents, currency)`, all for `period`.
    static func current(_ lines: [(String, Int, String)], total: Int?, period: (String, String)) -> String {
        let items = lines.map { type, cents, currency in
            #"{"amount":"\#(cents)","currency_code":"\#(currency)","usage_type":"\#(type)","#
                + #""start_timestamp":"\#(period.0)","end_timestamp":"\#(period.1)"}"#
        }
        let totalPart = total.map { #""total_cost":"\#($0)","# } ?? ""
        return "{\(totalPart)\"usage_items\":[\(items.joined(separator: ","))]}"
    }

    static let summary = """
        {"usage_summary_items":[
          {"name":"WAAP Requests","service":"Web App & API Protection",
           "billing_metric_data":{"unit":"million requests","value":"36.5"},
           "usage_metric_data":{"unit":"requests","metric_value":{"timestamp":1794351600,"value":"36500000"}}}]}
        """

    @Test func theAccountNamesItsTenant() throws {
        let account = F5Account(
            name: "x", endpoint: try Endpoint("https://acme-retail.console.ves.volterra.io"), token: Secret("t"))
        #expect(account.tenant == "acme-retail")
        let local = F5Account(name: "x", endpoint: try Endpoint("http://127.0.0.1:8080"), token: Secret("t"))
        #expect(local.tenant == nil)
    }

    @Test(
        arguments: [
            (401, "example", ProviderError.Kind.unauthorized),
            (403, "example", .forbidden),
            (
                400, #"{"code":3,"message":"end_time must not be before start_time"}"#,
                .rejected(status: 400, message: "end_time must not be before start_time")
            ),
            (404, "example", .rejected(status: 404, message: "example")),
            (409, "example", .rejected(status: 409, message: "example")),
            (500, #"{"code":13,"message":"internal error"}"#, .serverError(status: 500, message: "internal error")),
            (503, "example", .serverError(status: 503, message: "example")),
            (504, "example", .serverError(status: 504, message: "example")),
        ])
    func documentedStatusesSurfaceAsTheirKind(status: Int, body: String, kind: ProviderError.Kind) async throws {
        let transport = ScriptedTransport([Self.answer(status, body)])
        let f5 = try client(transport)
        do {
            _ = try await f5.fetchSpend(range: day, granularity: .day, zone: utcZone)
            Issue.record("expected \(status)")
        } catch {
            #expect(error.kind == kind)
            #expect(
                error.description.hasPrefix("F5 Distributed Cloud (f5) POST /api/web/namespaces/system/monthly_usage: ")
            )
            #expect(!error.description.contains(Self.token))
            #expect(!error.description.contains("\"namespace\""))
        }
        if status == 401 {
            #expect(transport.requests.count == 1)
        }
    }

    @Test func a429CarriesRetryAfterAndIsRetriedWhenThePolicyAllows() async throws {
        let refused = Self.answer(429, "example", headers: [("Retry-After", "1")])
        let f5 = try client(ScriptedTransport([refused]))
        do {
            _ = try await f5.fetchSpend(range: day, granularity: .day, zone: utcZone)
            Issue.record("expected 429")
        } catch {
            #expect(error.kind == .rateLimited(retryAfterSeconds: 1))
            #expect(error.summary == "429 Too Many Requests (retry after 1 s)")
            #expect(error.isTransient)
        }
        let transport = ScriptedTransport([
            Self.answer(429, "example", headers: [("Retry-After", "0")]), Self.answer(503, "example"), Self.noMonths,
            Self.answer(200, #"{"total_cost":"0","usage_items":[]}"#),
        ])
        let records = try await client(transport, retry: RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(1)))
            .fetchSpend(range: day, granularity: .day, zone: utcZone)
        #expect(records.isEmpty)
        #expect(
            transport.requests.map(\.url.path) == [
                F5Client.monthlyUsagePath, F5Client.monthlyUsagePath,
                F5Client.monthlyUsagePath, F5Client.currentUsagePath,
            ])
    }

    @Test func aTotalAboveOrBelowItsLinesBecomesAnAdjustmentSoRecordsAddUpToIt() async throws {
        let period = ("2026-11-10T00:00:00Z", "2026-11-11T00:00:00Z")
        let transport = ScriptedTransport([
            Self.noMonths,
            Self.answer(
                200,
                Self.current([("WAAP Requests", 3650, "USD"), ("DNS Zones", 288, "USD")], total: 3438, period: period)),
            Self.answer(200, Self.summary),
        ])
        let records = try await client(transport).fetchSpend(range: day, granularity: .day, zone: utcZone)
        #expect(records.count == 3)
        let waap = try #require(records.first { $0.metric?.id == "WAAP Requests" })
        #expect(waap.amount == Money(Amount("36.50")!, .usd))
        #expect(waap.service == "Web App & API Protection")
        #expect(waap.quantity == Amount(36_500_000) && waap.unit == "requests")
        #expect(waap.native["billing_value"] == "36.5" && waap.native["billing_unit"] == "million requests")
        let dns = try #require(records.first { $0.metric?.id == "DNS Zones" })
        #expect(dns.service == nil && dns.quantity == nil)
        let adjustment = try #require(records.first { $0.metric?.id == F5Client.adjustmentMetric })
        #expect(adjustment.amount == Money(Amount("-5.00")!, .usd))
        #expect(adjustment.period == day)
        #expect(MoneyTotals(records.map(\.amount))[.usd].amount == Amount("34.38"))
        let summaryBody = try #require(transport.requests.last?.f5BodyFields)
        #expect(summaryBody == ["start_time": "2026-11-10T00:00:00Z", "end_time": "2026-11-10T23:59:59Z"])
    }

    @Test func currencyComesFromEachLineAndMixedCurrenciesGetNoAdjustment() async throws {
        let period = ("2026-11-10T00:00:00Z", "2026-11-11T00:00:00Z")
        let transport = ScriptedTransport([
            Self.noMonths,
            Self.answer(
                200,
                Self.current([("WAAP Requests", 100, "EUR"), ("DNS Zones", 200, "usd")], total: 999, period: period)),
            Self.answer(200, Self.summary),
        ])
        let records = try await client(transport).fetchSpend(range: day, granularity: .day, zone: utcZone)
        #expect(records.map(\.amount) == [Money(Amount("1.00")!, .eur), Money(Amount("2.00")!, .usd)])
    }

    @Test func quantityIsOnlyGivenWhenTheLineCoversTheWholeSummarisedPeriod() async throws {
        let body = """
            {"usage_items":[
              {"amount":"100","currency_code":"USD","usage_type":"WAAP Requests",
               "start_timestamp":"2026-11-10T00:00:00Z","end_timestamp":"2026-11-10T12:00:00Z"},
              {"amount":"5","currency_code":"USD","usage_type":"DNS Zones",
               "start_timestamp":"2026-11-10T00:00:00Z","end_timestamp":"2026-11-11T00:00:00Z"}]}
            """
        let transport = ScriptedTransport([Self.noMonths, Self.answer(200, body), Self.answer(200, Self.summary)])
        let records = try await client(transport).fetchSpend(range: day, granularity: .day, zone: utcZone)
        let waap = try #require(records.first { $0.metric?.id == "WAAP Requests" })
        #expect(waap.period == DateRange(start: day.start, end: day.start.addingTimeInterval(43_200)))
        #expect(waap.service == "Web App & API Protection")
        #expect(waap.quantity == nil && waap.unit == nil)
    }

    @Test func aLineReachingOutsideTheWindowIsClippedToItWithItsAmountKeptAndAWarning() async throws {
        let monthToDate = ("2026-11-01T00:00:00Z", "2026-11-20T12:00:00Z")
        let transport = ScriptedTransport([
            Self.noMonths,
            Self.answer(200, Self.current([("WAAP Requests", 100, "USD")], total: 100, period: monthToDate)),
            Self.answer(200, Self.summary),
        ])
        let f5 = try client(transport)
        let records = try await f5.fetchSpend(range: day, granularity: .day, zone: utcZone)
        #expect(records.map(\.amount) == [Money(Amount("1.00")!, .usd)])
        #expect(records.first?.period == day)
        let notes = f5.account.notes.all
        #expect(notes.map(\.kind) == [.warning])
        #expect(
            notes.first?.message
                == "current_usage lines reach outside the windows asked for (start_timestamp, end_timestamp; "
                + "the first: 'WAAP Requests' covers 2026-11-01T00:00:00Z..<2026-11-20T12:00:00Z); each is counted "
                + "in the part inside its window, its amount kept whole")
    }

    @Test func aLineWhollyOutsideTheWindowIsDroppedWithAWarningNamingItAndItsAmount() async throws {
        let body = """
            {"total_cost":"350","usage_items":[
              {"amount":"100","currency_code":"USD","usage_type":"WAAP Requests",
               "start_timestamp":"2026-11-10T00:00:00Z","end_timestamp":"2026-11-11T00:00:00Z"},
              {"amount":"250","currency_code":"USD","usage_type":"DNS Zones",
               "start_timestamp":"2026-11-09T00:00:00Z","end_timestamp":"2026-11-10T00:00:00Z"}]}
            """
        let transport = ScriptedTransport([Self.noMonths, Self.answer(200, body), Self.answer(200, Self.summary)])
        let f5 = try client(transport)
        let records = try await f5.fetchSpend(range: day, granularity: .day, zone: utcZone)
        // total_cost counts the dropped line too: nothing is left over for an adjustment.
        #expect(records.map(\.amount) == [Money(Amount("1.00")!, .usd)])
        let messages = f5.account.notes.all.map(\.message)
        #expect(
            messages == [
                "current_usage answers hold lines wholly outside the window asked for (the first: "
                    + "usage_items[1] 'DNS Zones' covers 2026-11-09T00:00:00Z..<2026-11-10T00:00:00Z, outside "
                    + "2026-11-10T00:00:00Z..<2026-11-11T00:00:00Z, 2.5 USD); such lines are skipped, as each "
                    + "belongs to another window's answer"
            ])
    }

    @Test(
        arguments: [
            (403, "example", "403 Forbidden: no permission to read billing"),
            (404, "example", "404 rejected: example"),
            (
                200, #"{"code":13,"message":"not ready"}"#,
                "missing 'monthly_usage_items'; the answer says \"not ready\""
            ),
        ])
    func refusedMoneyCallsStillShowUsageWithoutMoneyMarkedAsSuch(status: Int, body: String, reason: String)
        async throws
    {
        let transport = ScriptedTransport([Self.answer(status, body), Self.answer(200, Self.summary)])
        let f5 = try client(transport)
        let records = try await f5.fetchSpend(range: day, granularity: .day, zone: utcZone)
        let record = try #require(records.first)
        #expect(records.count == 1)
        #expect(record.metric?.name == "WAAP Requests (usage only)")
        #expect(record.amount == Money(.zero, F5Client.noCurrency) && record.amount.currency.code == "XXX")
        #expect(record.quantity == Amount(36_500_000) && record.unit == "requests")
        #expect(record.service == "Web App & API Protection" && record.period == day)
        #expect(record.native["money"] == "not available" && record.native["source"] == "usage_summary")
        let notes = f5.account.notes.all
        #expect(notes.map(\.kind) == [.fallback])
        let message = try #require(notes.first?.message)
        #expect(message.hasPrefix("usage only, no money: POST /api/web/namespaces/system/monthly_usage answered "))
        #expect(message.contains(reason))
        #expect(record.native["money_reason"]?.contains(reason) == true)
        #expect(transport.requests.map(\.url.path) == [F5Client.monthlyUsagePath, F5Client.usageSummaryPath])
    }

    @Test func aCurrentUsageRefusedMidwayKeepsTheMoneySoFarAndShowsTheRestAsUsage() async throws {
        let twoDays = DateRange(start: day.start, end: day.end.addingTimeInterval(86_400))
        let period = ("2026-11-10T00:00:00Z", "2026-11-11T00:00:00Z")
        let transport = ScriptedTransport([
            Self.noMonths,
            Self.answer(200, Self.current([("WAAP Requests", 3650, "USD")], total: 3650, period: period)),
            Self.answer(200, Self.summary), Self.answer(403, "example"), Self.answer(200, Self.summary),
        ])
        let f5 = try client(transport)
        let records = try await f5.fetchSpend(range: twoDays, granularity: .day, zone: utcZone)
        #expect(records.map(\.amount) == [Money(Amount("36.50")!, .usd), Money(.zero, .usd)])
        #expect(records.map(\.metric?.id) == ["WAAP Requests", "WAAP Requests (usage only)"])
        #expect(records.last?.period.start == day.end)
        #expect(f5.account.notes.all.map(\.kind) == [.fallback])
    }

    @Test func anEmptyCurrentUsageObjectIsNeverNoSpendButUsageWithoutMoney() async throws {
        let transport = ScriptedTransport([Self.noMonths, Self.answer(200, "{}"), Self.answer(200, Self.summary)])
        let f5 = try client(transport)
        let records = try await f5.fetchSpend(range: day, granularity: .day, zone: utcZone)
        #expect(records.map(\.metric?.id) == ["WAAP Requests (usage only)"])
        #expect(records.first?.amount == Money(.zero, F5Client.noCurrency))
        let notes = f5.account.notes.all
        #expect(notes.count == 1 && notes.first?.kind == .fallback)
        #expect(
            notes.first?.message.hasPrefix(
                "usage only, no money: POST /api/web/namespaces/system/current_usage answered malformed answer: ")
                == true)
        #expect(notes.first?.message.contains("missing 'usage_items'") == true)
    }

    @Test func aUsageValueThatIsNotANumberIsAWarningAndTheLineKeepsItsMoney() async throws {
        let period = ("2026-11-10T00:00:00Z", "2026-11-11T00:00:00Z")
        let summary = Self.summary.replacingOccurrences(of: #""value":"36500000""#, with: #""value":"n/a""#)
        let transport = ScriptedTransport([
            Self.noMonths, Self.answer(200, Self.current([("WAAP Requests", 3650, "USD")], total: nil, period: period)),
            Self.answer(200, summary),
        ])
        let f5 = try client(transport)
        let records = try await f5.fetchSpend(range: day, granularity: .day, zone: utcZone)
        let waap = try #require(records.first)
        #expect(records.count == 1 && waap.amount == Money(Amount("36.50")!, .usd))
        #expect(waap.quantity == Amount("36.5") && waap.unit == "million requests")
        #expect(
            f5.account.notes.all.map(\.message) == [
                "usage_summary item 'WAAP Requests': usage_metric_data.metric_value.value is 'n/a', not a number; "
                    + "the item is kept without it"
            ])
    }

    @Test func aTotalWithoutLinesHasNoCurrencyAndIsRefused() async throws {
        let transport = ScriptedTransport([Self.noMonths, Self.answer(200, #"{"total_cost":"500","usage_items":[]}"#)])
        let f5 = try client(transport)
        do {
            _ = try await f5.fetchSpend(range: day, granularity: .day, zone: utcZone)
            Issue.record("expected a malformed answer")
        } catch {
            #expect(
                error.kind
                    == .malformedResponse("total_cost is 5 but there are no usage_items to take its currency from"))
        }
    }

    @Test func anInvalidUsageSummaryIsAMalformedAnswerNamingTheJSONPath() async throws {
        let period = ("2026-11-10T00:00:00Z", "2026-11-11T00:00:00Z")
        let transport = ScriptedTransport([
            Self.noMonths, Self.answer(200, Self.current([("WAAP Requests", 100, "USD")], total: nil, period: period)),
            Self.answer(200, #"{"usage_summary_items":[{"service":"x"}]}"#),
        ])
        let f5 = try client(transport)
        do {
            _ = try await f5.fetchSpend(range: day, granularity: .day, zone: utcZone)
            Issue.record("expected a malformed answer")
        } catch {
            guard case .malformedResponse(let detail) = error.kind else {
                Issue.record("expected malformedResponse, got \(error.kind)")
                return
            }
            #expect(detail.contains("usage_summary_items[0]"))
            #expect(detail.hasSuffix("missing required field 'name'"))
            #expect(error.endpoint == "POST /api/data/namespaces/system/billing/usage_summary")
        }
    }

    @Test func closedMonthsOverlappingTheRangeAreReportedWholeAndTheCurrentPeriodStartsAfterTheLast() async throws {
        let months = """
            {"monthly_usage_items":[
              {"amount":"100","currency_code":"USD","start_timestamp":"2026-09-01T00:00:00Z","end_timestamp":"2026-10-01T00:00:00Z"},
              {"amount":"200","currency_code":"USD","start_timestamp":"2026-10-01T00:00:00Z","end_timestamp":"2026-11-01T00:00:00Z"},
              {"amount":"300","currency_code":"USD","start_timestamp":"2026-11-01T00:00:00Z","end_timestamp":"2026-12-01T00:00:00Z"}]}
            """
        let range = DateRange(
            start: F5TestSupport.utc("2026-10-15T00:00:00"), end: F5TestSupport.utc("2026-11-15T00:00:00"))
        let transport = ScriptedTransport([Self.answer(200, months), Self.answer(404, "example")])
        let f5 = try client(transport)
        let records = try await f5.fetchSpend(range: range, granularity: .day, zone: utcZone)
        #expect(records.map(\.amount.amount) == [Amount("2.00")!, Amount("3.00")!])
        #expect(records.first?.period.start == F5TestSupport.utc("2026-10-01T00:00:00"))
        #expect(records.allSatisfy { $0.metric?.id == F5Client.monthlyTotalMetric })
        // The usage per item of each month is asked for; its failure is only a warning.
        #expect(
            transport.requests.map(\.url.path) == [
                F5Client.monthlyUsagePath, F5Client.usageSummaryPath, F5Client.usageSummaryPath,
            ])
        #expect(
            transport.requests.last?.f5BodyFields
                == ["start_time": "2026-11-01T00:00:00Z", "end_time": "2026-11-30T23:59:59Z"])
        let notes = f5.account.notes.all
        #expect(notes.count == 2 && notes.allSatisfy { $0.kind == .warning })
        #expect(
            notes.first?.message
                == "the usage per item of the closed month 2026-10-01T00:00:00Z..<2026-11-01T00:00:00Z could not be "
                + "read (POST /api/data/namespaces/system/billing/usage_summary answered 404 rejected: example); "
                + "the month's total is shown without it")
    }
}
