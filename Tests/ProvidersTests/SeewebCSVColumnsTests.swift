import CostCore
import Foundation
import Providers
import Testing

/// The CSV reader finds columns by name: aliases, any order, unknown columns, two layouts, a
/// precise error when money is missing, and warnings for odd values that carry no money.
@Suite("Seeweb CSV: columns by name")
struct SeewebCSVColumnsTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test(
        "The cost column is found under its English and Italian names, in any case and spelling",
        arguments: [
            "cost", "Cost", "COST", "total cost", "Total_Cost", "total-cost", "costo", "Costo (€)", "Cost (EUR)",
            "cost_eur", "Importo", "importo totale", "Costo Totale", "amount", "summary.cost",
        ])
    func costAliases(header: String) throws {
        let text = "Anno,Nome,\"\(header)\",Stato\r\n2026,ei1,2.5,Created\r\n"
        let rows = try SeewebCSVDecoder.templates(Self.bytes(text))
        #expect(rows == [SeewebTemplateMonth(name: "ei1", cost: Amount("2.5")!, status: "Created", year: 2026)])
    }

    /// The seed's server row as one flat CSV line: JSON field names, `summary.` prefixes, another
    /// order and an unknown column.
    static let flatServers =
        "summary.original_cost,Cost,name,plan,group,notes,status,year,month,creation_date,deletion_date,"
        + "billed_hours,summary.online_hour,summary.online_price,summary.offline_hour,summary.offline_discount,"
        + "summary.offline_price,summary.offline_reduction,reserved_plan,reserved_hour,reserved_discount,"
        + "reserved_price,reserved_reduction,reserved_start_date,reserved_end_date,ipv4\r\n"
        + "3.09,2.64,ec200200,ECS1,,centos-ecs1-it-fr2-1713866700891,Booted,2024,4,2024-04-23T10:06:22.973332+00:00,,"
        + "182,1,0.02,0,20,0.0,0.0,26,181,15,2.62,0.46,2024-04-23T10:06:22.973332+00:00,"
        + "2024-10-23T10:06:22.973332+00:00,10.0.0.1\r\n"

    @Test("A flat CSV shaped like the JSON rows decodes to the same server month")
    func flatLayout() throws {
        var warnings: [String] = []
        let rows = try SeewebCSVDecoder.servers(Self.bytes(Self.flatServers)) { warnings.append($0) }
        #expect(rows == (try SeewebJSONDecoder.servers(Self.bytes(SeewebSamples.servers))))
        #expect(warnings == ["the servers CSV has columns that are not read: 'ipv4'"])

        // A second reservation repeats the server's line; a server with only a cost has no parts.
        let second = "3.09,2.64,ec200200,ECS1,,x,Booted,2024,4,,,182,1,0.02,0,20,0.0,0.0,27,5,10,0.5,0.05,,,\r\n"
        let costOnly = "name,cost\r\nec1,7.5\r\n"
        let two = try SeewebCSVDecoder.servers(Self.bytes(Self.flatServers + second))
        #expect(two.count == 1)
        #expect(two[0].reservedDiscounts.map(\.plan) == ["26", "27"])
        #expect(two[0].reservedDiscounts[1].price == Amount("0.5")!)
        let plain = try SeewebCSVDecoder.servers(Self.bytes(costOnly))
        #expect(plain == [SeewebServerMonth(name: "ec1", cost: Amount("7.5")!)])
    }

    @Test("A server sent with only its cost becomes one record of the whole month")
    func costOnlyServerIsOneRecord() async throws {
        let transport = ScriptedTransport([
            SeewebErrorTests.answer(200, "Nome,Costo (EUR),Ore fatturate\r\nec1,7.5,700\r\n"),
            SeewebErrorTests.answer(200, "name,cost\r\n"),
        ])
        let records = try await SeewebErrorTests.client(transport, format: .csv).fetchSpend(
            range: SeewebErrorTests.march, granularity: .day, zone: SeewebErrorTests.rome)
        #expect(records.count == 1)
        #expect(records.first?.amount == Money(Amount("7.5")!, .eur))
        #expect(records.first?.metric?.id == "month")
        #expect(records.first?.quantity == Amount(700))
    }

    @Test("Without a cost column the error names the headers found and the names expected")
    func missingCostColumn() async throws {
        let text = "Nome,Periodo,Totale IVA inclusa\r\nec1,2026-03,3.22\r\n"
        let error = try #require(throws: SeewebCSVError.self) { _ = try SeewebCSVDecoder.servers(Self.bytes(text)) }
        #expect(
            error.description
                == "line 1: the servers answer has no column for cost (any of 'cost', 'total cost', 'costo', "
                + "'costo totale', 'importo') — the headers found are 'Nome', 'Periodo', 'Totale IVA inclusa'; "
                + "case, spaces and underscores do not matter")

        let parts = SeewebSamples.serversCSV.replacingOccurrences(of: "price,discount", with: "cost_eur,discount")
        let noPrice = try #require(throws: SeewebCSVError.self) {
            _ = try SeewebCSVDecoder.servers(Self.bytes(parts))
        }
        #expect(noPrice.line == 1 && noPrice.column == nil)
        #expect(noPrice.message.hasPrefix("the servers answer has no column for price (any of 'price', 'prezzo')"))
        #expect(noPrice.message.contains("'hours', 'cost_eur', 'discount'"))

        let transport = ScriptedTransport([SeewebErrorTests.answer(200, "name,Prezzo\r\nei1,2\r\n")])
        let fetchError = await #expect(throws: ProviderError.self) {
            _ = try await SeewebErrorTests.client(transport, format: .csv).fetchSpend(
                range: SeewebErrorTests.march, granularity: .day, zone: SeewebErrorTests.rome)
        }
        guard case .malformedResponse(let detail)? = fetchError?.kind else {
            Issue.record("expected a malformed answer, got \(String(describing: fetchError))")
            return
        }
        #expect(
            detail
                == "CSV line 1: the servers answer has no column for cost (any of 'cost', 'total cost', 'costo', "
                + "'costo totale', 'importo') — the headers found are 'name', 'Prezzo'; case, spaces and "
                + "underscores do not matter")
    }

    @Test("Odd values in columns without money are warnings naming account, line, column and value; rows are kept")
    func oddValuesAreWarnings() async throws {
        let servers = SeewebSamples.serversCSV.replacingOccurrences(of: "online,650,11.05", with: "online,n/a,11.05")
        let templates = SeewebSamples.templatesCSV.replacingOccurrences(of: "2026,3,ei100026", with: "2026x,3,ei100026")
        #expect(servers != SeewebSamples.serversCSV && templates != SeewebSamples.templatesCSV)
        let notes = FetchNotes()
        var account = SeewebErrorTests.client(ScriptedTransport([]), format: .csv).account
        account.notes = notes
        let transport = ScriptedTransport([
            SeewebErrorTests.answer(200, servers), SeewebErrorTests.answer(200, templates),
        ])
        let records = try await SeewebClient(account: account, transport: transport).fetchSpend(
            range: SeewebErrorTests.march, granularity: .day, zone: SeewebErrorTests.rome)
        let total = records.reduce(Amount.zero) { $0 + $1.amount.amount }
        #expect(total == Amount("45.28")! + Amount("11.73")! + Amount(2) + Amount("3.5")!)
        let online = records.first { $0.object?.id == "ec200350" && $0.metric?.id == "online" }
        #expect(online?.amount == Money(Amount("11.05")!, .eur))
        #expect(notes.all.map(\.kind) == [.warning, .warning])
        #expect(
            notes.all.map(\.description) == [
                "seeweb-test: CSV line 6, column 'hours': 'n/a' is not a number; the value is left out, the row is kept",
                "seeweb-test: CSV line 2, column 'year': '2026x' is not a whole number; the value is left out, "
                    + "the row is kept",
            ])
    }

    @Test("Money in the CSV is strict and rounded to the cent")
    func moneyIsStrict() throws {
        let floats = SeewebSamples.templatesCSV.replacingOccurrences(of: ",3.5\r\n", with: ",3.4999999999999996\r\n")
        var warnings: [String] = []
        #expect(
            try SeewebCSVDecoder.templates(Self.bytes(floats)) { warnings.append($0) }.map(\.cost) == [
                Amount(2), Amount("3.5")!,
            ])
        #expect(warnings.isEmpty)
        let subCent = SeewebSamples.templatesCSV.replacingOccurrences(of: ",3.5\r\n", with: ",3.456\r\n")
        #expect(
            try SeewebCSVDecoder.templates(Self.bytes(subCent)) { warnings.append($0) }.map(\.cost) == [
                Amount(2), Amount("3.46")!,
            ])
        #expect(
            warnings == [
                "CSV line 3, column 'cost': '3.456' has digits below the cent and is counted as 3.46 "
                    + "(Seeweb is taken to bill whole cents)"
            ])
        let comma = SeewebSamples.templatesCSV.replacingOccurrences(of: ",3.5\r\n", with: ",\"3,5\"\r\n")
        let error = try #require(throws: SeewebCSVError.self) { _ = try SeewebCSVDecoder.templates(Self.bytes(comma)) }
        #expect(error == SeewebCSVError(line: 3, column: "cost", message: "expected a decimal number"))
    }
}
