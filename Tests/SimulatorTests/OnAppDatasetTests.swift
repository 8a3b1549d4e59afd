import CostCore
import Foundation
import Simulator
import Testing

@Suite("OnApp simulator: dataset, lifecycle and the planted spike")
struct OnAppDatasetTests {
    let dataset = OnAppDataset(seed: 42, now: SimulatorFixture.now)

    @Test func theUserHasSeveralServersWithDisksAndInterfaces() {
        #expect(dataset.virtualMachines.count >= 4)
        #expect(Set(dataset.virtualMachines.map(\.id)).count == dataset.virtualMachines.count)
        #expect(dataset.virtualMachines.allSatisfy { !$0.disks.isEmpty && !$0.networkInterfaces.isEmpty })
        let disks = dataset.virtualMachines.flatMap(\.disks)
        #expect(Set(disks.map(\.id)).count == disks.count)
        #expect(disks.contains { $0.label == nil })
        #expect(dataset.currencyCode == "USD")
        #expect(dataset.email == SimulatorCredentials.onAppEmail)
    }

    @Test func serversAreBilledOnlyWhileTheyExist() {
        let destroyed = dataset.virtualMachines.filter { $0.destroyedAt != nil }
        let recent = dataset.virtualMachines.filter {
            $0.createdAt > SimulatorFixture.now.addingTimeInterval(-30 * 86_400)
        }
        #expect(destroyed.count == 1 && recent.count == 1)
        for machine in destroyed {
            let end = try! #require(machine.destroyedAt)
            #expect(dataset.totalCost(from: end, to: SimulatorFixture.now, virtualMachineID: machine.id) == .zero)
            #expect(
                dataset.totalCost(from: end.addingTimeInterval(-3_600), to: end, virtualMachineID: machine.id) > .zero)
        }
        for machine in recent {
            #expect(
                dataset.totalCost(from: dataset.historyStart, to: machine.createdAt, virtualMachineID: machine.id)
                    == .zero)
            let firstHour = machine.createdAt.addingTimeInterval(3_600)
            #expect(dataset.totalCost(from: machine.createdAt, to: firstHour, virtualMachineID: machine.id) > .zero)
        }
        // Nothing before the account was opened, nothing after now.
        #expect(dataset.rowCount(from: dataset.historyStart.addingTimeInterval(-86_400), to: dataset.historyStart) == 0)
        #expect(dataset.rowCount(from: SimulatorFixture.now, to: SimulatorFixture.now.addingTimeInterval(86_400)) == 0)
    }

    @Test func theUserLevelRowsCarryTheBackupChargeOnly() {
        let day = (OnAppFixture.utc(2026, 3, 14), OnAppFixture.utc(2026, 3, 15))
        let userLevel = dataset.totalCost(from: day.0, to: day.1, virtualMachineID: nil)
        #expect(userLevel > .zero)
        let servers = dataset.virtualMachines.map { dataset.totalCost(from: day.0, to: day.1, virtualMachineID: $0.id) }
        #expect(servers.reduce(userLevel, +) == dataset.totalCost(from: day.0, to: day.1))
        // The first weeks had no backups: user-level rows of 0.0, as in the seed's example.
        let firstDay = dataset.historyStart.addingTimeInterval(86_400)
        #expect(dataset.totalCost(from: dataset.historyStart, to: firstDay, virtualMachineID: nil) == .zero)
        #expect(dataset.rowCount(from: dataset.historyStart, to: firstDay) >= 24)
    }

    @Test func thePlantedSpikeIsTwoRecentDaysOfTrafficSeveralTimesTheUsual() {
        let spike = dataset.spike
        let now = SimulatorFixture.now
        #expect(spike.end.timeIntervalSince(spike.start) == 2 * 86_400)
        #expect(spike.start > now.addingTimeInterval(-30 * 86_400) && spike.end < now)
        #expect(spike.start.timeIntervalSince1970.truncatingRemainder(dividingBy: 86_400) == 0)
        #expect(spike.multiplier >= 8)
        #expect(spike.resourceNames == ["data_read", "data_sent"])
        let machine = try! #require(dataset.virtualMachine(id: spike.virtualMachineID))
        #expect(machine.label == spike.virtualMachineLabel)
        #expect(machine.networkInterfaces.contains { $0.id == spike.networkInterfaceID })
        #expect(machine.disks.contains { $0.id == spike.diskID })
        #expect(spike.contains(hourStart: spike.start) && !spike.contains(hourStart: spike.end))

        let length = spike.end.timeIntervalSince(spike.start)
        func sent(_ from: Date) -> Amount {
            dataset.resourceCost(
                from: from, to: from.addingTimeInterval(length), resourceName: "data_sent", group: "network_interfaces",
                itemID: spike.networkInterfaceID)
        }
        let during = sent(spike.start)
        let weekBefore = sent(spike.start.addingTimeInterval(-7 * 86_400))
        #expect(weekBefore > .zero)
        #expect(during > weekBefore + weekBefore + weekBefore + weekBefore)
        let read = dataset.resourceCost(
            from: spike.start, to: spike.end, resourceName: "data_read", group: "disks", itemID: spike.diskID)
        let readBefore = dataset.resourceCost(
            from: spike.start.addingTimeInterval(-length), to: spike.start, resourceName: "data_read", group: "disks",
            itemID: spike.diskID)
        #expect(read > readBefore + readBefore + readBefore + readBefore)
        // The whole account's day total visibly jumps too.
        let dayBefore = dataset.totalCost(from: spike.start.addingTimeInterval(-86_400), to: spike.start)
        let spikeDay = dataset.totalCost(from: spike.start, to: spike.start.addingTimeInterval(86_400))
        #expect(spikeDay > dayBefore)
    }

    @Test func aRowAppearsOnlyOnceItIsWritten() {
        // 10:25 is long after 10:00:39, so the current hour is served; one second after the hour it is not.
        let hour = OnAppFixture.utc(2026, 3, 15, 10)
        #expect(
            dataset.rowCount(from: hour, to: hour.addingTimeInterval(3_600))
                == dataset.rowCount(
                    from: hour.addingTimeInterval(-3_600), to: hour))
        let early = OnAppDataset(seed: 42, now: hour.addingTimeInterval(1))
        #expect(early.rowCount(from: hour, to: hour.addingTimeInterval(3_600)) == 0)
        #expect(
            early.totalCost(from: hour.addingTimeInterval(-3_600), to: hour)
                == dataset.totalCost(from: hour.addingTimeInterval(-3_600), to: hour))
    }
}
