import CostCore
import Foundation
import Providers
import Testing

/// Selectel's naive datetimes in a configured zone with daylight saving, and periods written
/// in other forms.
@Suite("Selectel time zones and periods")
struct SelectelTimeTests {
    let berlin = TimeZone(identifier: "Europe/Berlin")!

    func utc(_ text: String) -> Date { CivilDateTime(parsing: text)!.date(utcOffsetSeconds: 0) }

    func client(_ transport: ScriptedTransport, zone: TimeZone) throws -> SelectelClient {
        let account = SelectelAccount(
            name: "sel", endpoint: try Endpoint("https://api.selectel.ru"), token: Secret("t"), zone: zone,
            retry: .none)
        return SelectelClient(account: account, transport: transport)
    }

    func answers(_ rows: String) -> ScriptedTransport {
        ScriptedTransport([
            .success(HTTPResponse(status: 200, body: Array(#"{"data":{"settings":{"currency":"rub"}}}"#.utf8))),
            .success(HTTPResponse(status: 200, body: Array(#"{"status":"success","data":[\#(rows)]}"#.utf8))),
        ])
    }

    /// Berlin's 24 and 25 October 2026: summer time ends at 03:00 CEST on the 25th.
    var acrossTheChange: DateRange { DateRange(start: utc("2026-10-23T22:00:00"), end: utc("2026-10-25T23:00:00")) }

    @Test func requestBoundsUseTheOffsetInForceAtEachEnd() throws {
        let request = try client(answers(""), zone: berlin).consumptionRequest(range: acrossTheChange, bucket: .hour)
        #expect(request.queryValues("start") == ["2026-10-24T00:00:00"])
        // The last hour, 22:00Z, is 23:00 CET; an offset fixed at the start (+02:00) would say 00:00.
        #expect(request.queryValues("end") == ["2026-10-25T23:00:00"])
    }

    @Test func daysAndHoursAcrossTheChangeBecomeTheirRealInstants() async throws {
        let days = answers(
            #"{"value":100,"period":"2026-10-24T00:00:00"},{"value":200,"period":"2026-10-25T00:00:00"}"#)
        let records = try await client(days, zone: berlin).fetchSpend(
            range: acrossTheChange, granularity: .day, zone: berlin)
        #expect(
            records.map(\.period) == [
                DateRange(start: utc("2026-10-23T22:00:00"), end: utc("2026-10-24T22:00:00")),
                // The day the clocks go back lasts 25 hours.
                DateRange(start: utc("2026-10-24T22:00:00"), end: utc("2026-10-25T23:00:00")),
            ])
        let hours = answers(
            #"{"value":1,"period":"2026-10-25T01:00:00"},{"value":2,"period":"2026-10-25T04:00:00"}"#)
        let hourly = try await client(hours, zone: berlin).fetchSpend(
            range: acrossTheChange, granularity: .hour, zone: berlin)
        #expect(hourly.map(\.period.start) == [utc("2026-10-24T23:00:00"), utc("2026-10-25T03:00:00")])
    }

    @Test(arguments: [
        ("2026-11-01T00:00:00", "2026-10-31T21:00:00"),
        ("2026-11-01T00:00:00Z", "2026-11-01T00:00:00"),
        ("2026-11-01T00:00:00+03:00", "2026-10-31T21:00:00"),
        ("2026-11-01T03:00:00.000000", "2026-11-01T00:00:00"),
        ("2026-11-01T00:00:00.000Z", "2026-11-01T00:00:00"),
    ])
    func periodFormsAreRead(period: String, expectedUTC: String) {
        #expect(SelectelTime(zone: SelectelAccount.moscow).period(period) == utc(expectedUTC))
    }

    @Test func aRowWhosePeriodCannotBeReadIsKeptAndNamed() async throws {
        let transport = answers(
            #"{"value":100,"period":"2026-11-01T00:00:00"},{"value":250,"period":"вчера"},"#
                + #"{"value":50,"period":"01.11.2026"}"#)
        let selectel = try client(transport, zone: SelectelAccount.moscow)
        let range = DateRange(start: utc("2026-10-31T21:00:00"), end: utc("2026-11-01T21:00:00"))
        let records = try await selectel.fetchSpend(range: range, granularity: .day, zone: SelectelAccount.moscow)
        #expect(MoneyTotals(records.map(\.amount))[.rub].amount == Amount("4")!)
        #expect(records[1].period.start == range.start)
        let warnings = selectel.account.notes.all.filter { $0.kind == .warning }.map(\.message)
        #expect(
            warnings == [
                "data[1].period 'вчера' is not a date-time (and 1 more rows); kept 3 RUB in the first hour "
                    + "asked for (2026-11-01T00:00:00 account time)"
            ])
    }
}
