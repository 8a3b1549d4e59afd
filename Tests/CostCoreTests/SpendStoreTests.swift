import CostCore
import Foundation
import Testing

@Suite("Spend kept as columns")
struct SpendStoreTests {
    static let day = utc("2026-11-05T00:00:00")

    static func record(
        account: String = "acc", object: String = "vm-1", amount: String, native: [String: String] = [:],
        quantity: String? = nil, offset: TimeInterval = 0
    ) -> CostRecord {
        CostRecord(
            provider: .cloudru, account: account, project: EntityRef(id: "p1", name: "Web"),
            object: ObjectRef(id: object, name: object.uppercased(), type: "vm", parentID: nil),
            metric: EntityRef(id: "cpu", name: "vCPU"), region: "ru-central", service: "Compute",
            period: DateRange(start: day.addingTimeInterval(offset), end: day.addingTimeInterval(offset + 3_600)),
            amount: Money(Amount(amount)!, .rub), quantity: quantity.flatMap { Amount($0) }, unit: "h",
            native: native)
    }

    @Test func everyRecordReadsBackAsItWasAppended() {
        let records = [
            Self.record(amount: "1.000000000001"),
            Self.record(amount: "-2.5", native: ["tariff": "0.42", "amount_without_vat": "2.083333"], quantity: "3"),
            Self.record(object: "vm-2", amount: "99999999999999999999.999999999999", offset: 3_600),
            Self.record(amount: "0", native: ["amount_with_vat": "not a number"], offset: 0.25),
        ]
        let store = SpendStore(records)
        #expect(Array(store) == records)
        #expect(store.count == 4)
    }

    @Test func recordsDifferingOnlyInTheirSecondAmountShareASeries() {
        let records = (0..<1_000).map { index in
            Self.record(
                amount: "\(index).12", native: ["tariff": "0.42", "amount_without_vat": "\(index).1"],
                offset: TimeInterval(index * 3_600))
        }
        let store = SpendStore(records)
        #expect(store.series.count == 1)
        #expect(store.secondAmounts.count == 1_000)
        #expect(store[999].native["amount_without_vat"] == "999.1")
    }

    @Test func aKeyOnEveryLineIsAColumnNotASeriesPerRecord() {
        let records = (0..<500).map { index in
            Self.record(
                amount: "1", native: ["tariff": "0.42", "encode_id": String(index, radix: 16)],
                offset: TimeInterval(index * 3_600))
        }
        var store = SpendStore([Self.record(account: "other", amount: "2")])
        store.append(contentsOf: SpendStore(records))
        #expect(store.series.count == 2)
        #expect(Array(store.dropFirst()) == records)
        #expect(store[0].native["encode_id"] == nil)
        store.removeAccount("other")
        #expect(Array(store) == records)
    }

    @Test func joiningStoresRecodesTheirSeriesAndKeepsOptionalColumnsAligned() {
        let first = SpendStore([Self.record(account: "a", amount: "1"), Self.record(account: "a", amount: "2")])
        let second = SpendStore([
            Self.record(account: "b", object: "vm-9", amount: "3", quantity: "7"),
            Self.record(account: "b", amount: "4"),
        ])
        var joined = first
        joined.append(contentsOf: second)
        #expect(Array(joined) == Array(first) + Array(second))
        #expect(joined.quantities.count == 4)
        joined.removeAccount("a")
        #expect(Array(joined) == Array(second))
        joined.removeAccount("unknown")
        #expect(joined.count == 2)
    }

    @Test func seriesNamedByAnotherTablesCodesEndAsIfCodedByTheirValues() {
        let records = [
            Self.record(account: "b", object: "vm-9", amount: "3", native: ["tariff": "1"]),
            Self.record(account: "a", amount: "1"),
            Self.record(account: "b", object: "vm-9", amount: "5", native: ["tariff": "1"]),
            Self.record(account: "a", object: "vm-2", amount: "2"),
        ]
        let source = SpendStore(records)
        var target = SpendStore([Self.record(account: "a", object: "vm-2", amount: "7")])
        var expected = target
        for record in records { expected.append(record) }
        let dictionaries = source.dictionaries
        let names = SeriesNames(
            accounts: dictionaries.accounts.values, projects: dictionaries.projects.values,
            objects: dictionaries.objects.values, metrics: dictionaries.metrics.values,
            names: dictionaries.names.values, currencies: dictionaries.currencies.values,
            natives: dictionaries.natives.values)

        let codes = target.seriesCodes(of: source.series, namedBy: names)

        #expect(
            codes
                == source.series.indices.map {
                    expected.seriesCodes[1 + source.seriesCodes.firstIndex(of: UInt32($0))!]
                })
        #expect(target.series == expected.series)
        #expect(target.dictionaries == expected.dictionaries)
        var broken = source.series[0]
        broken.object = Int32(names.objects.count)
        #expect(!names.canName(broken))
        broken.object = -1
        #expect(names.canName(broken))
        broken.account = -1
        #expect(!names.canName(broken), "every series has an account")
    }

    @Test func totalsInARangeCountRecordsByTheirMiddle() {
        let store = SpendStore([
            Self.record(amount: "1.10"), Self.record(amount: "2.20", offset: 3_600),
            Self.record(amount: "4.40", offset: -1_801),
        ])
        let range = DateRange(start: Self.day, end: Self.day.addingTimeInterval(7_200))
        #expect(store.totals(in: range)[.rub].amount == Amount("3.30")!)
    }
}
