// Row generation: each row is a pure function of (seed, hour, slot), so any hour can be
// computed without the ones before it.
extension OnAppDataset {
    /// The number of rows an hour can have: the user-level row plus one per server.
    var slotsPerHour: Int { virtualMachines.count + 1 }

    /// The hour containing "now", in hours since 1970.
    var nowHour: Int64 { CivilCalendar.floorDivide(nowSecond, 3_600) }

    /// The row of `slot` (0: the user-level row, `n`: server `n - 1`) for the hour starting at
    /// `hour` (hours since 1970), or nil when there is none or it is not written yet.
    func row(hour: Int64, slot: Int) -> OnAppHourlyRow? {
        guard hour >= historyStartHour, slot >= 0, slot < slotsPerHour else { return nil }
        let delay = 20 + Int64(SplitMix64.hash(rowSalt, UInt64(bitPattern: hour) &* 16 &+ UInt64(slot)) % 20)
        let createdSecond = hour * 3_600 + delay
        guard createdSecond <= nowSecond else { return nil }
        guard slot > 0 else {
            let micros = backupMicros(hour: hour)
            return OnAppHourlyRow(
                hour: hour, createdSecond: createdSecond, virtualMachineID: nil, items: [], totalMicros: micros,
                usageMicros: 0)
        }
        let machine = virtualMachines[slot - 1]
        guard machine.exists(inHour: hour) else { return nil }
        let items = breakdown(machine, hour: hour)
        var total: Int64 = 0
        var usage: Int64 = 0
        for item in items {
            for cost in item.costs {
                total += cost.micros
                if OnAppDataset.usageResourceNames.contains(cost.resourceName) { usage += cost.micros }
            }
        }
        return OnAppHourlyRow(
            hour: hour, createdSecond: createdSecond, virtualMachineID: machine.id, items: items, totalMicros: total,
            usageMicros: usage)
    }

    /// The `resource_name`s that count as metered use.
    static let usageResourceNames: Set<String> = [
        OnAppResource.cpuUsage, .dataRead, .dataWritten, .readsCompleted, .writesCompleted, .dataReceived, .dataSent,
    ].reduce(into: []) { $0.insert($1.name) }

    /// The user-level backup charge of an hour, in millionths.
    private func backupMicros(hour: Int64) -> Int64 {
        guard hour >= backupStartHour else { return 0 }
        let days = (hour - backupStartHour) / 24
        return OnAppCatalog.backupBaseMicrosPerHour + OnAppCatalog.backupGrowthMicrosPerDay * days
    }

    /// The breakdown of one server's hour: the server, then its disks, then its interfaces.
    private func breakdown(_ machine: OnAppVirtualMachine, hour: Int64) -> [OnAppHourlyRow.Item] {
        let blueprint = machine.blueprint
        let spiked = spike.virtualMachineID == machine.id && spike.hours.contains(hour)
        let multiplier = spiked ? Int64(spike.multiplier) : 1
        func use(_ typical: Int64, _ stream: UInt64) -> Int64 {
            OnAppDataset.use(typical, hour: hour, salt: machine.salt, stream: stream)
        }
        func cost(_ resource: OnAppResource, _ value: Int64, resourceID: Int? = nil, micros: Int64? = nil)
            -> OnAppHourlyRow.Cost
        {
            OnAppHourlyRow.Cost(
                resourceName: resource.name, value: value, micros: micros ?? value * resource.microsPerUnit,
                resourceID: resourceID)
        }
        var items: [OnAppHourlyRow.Item] = []
        items.append(
            OnAppHourlyRow.Item(
                group: .virtualMachines, id: machine.id, label: machine.label,
                costs: [
                    cost(.cpus, blueprint.cpus),
                    cost(.cpuShares, blueprint.cpuShares),
                    cost(.memory, blueprint.memoryMB),
                    cost(.cpuUsage, use(blueprint.cpuUsagePercent, 1)),
                    cost(
                        .template, 1, resourceID: blueprint.templateID, micros: blueprint.templateMicrosPerHour),
                ]))
        for (index, disk) in blueprint.disks.enumerated() {
            let stream = UInt64(16 + index * 4)
            let read = use(disk.readMB, stream) * (disk.spikes ? multiplier : 1)
            let written = use(disk.writtenMB, stream + 1)
            let device = machine.disks[index]
            items.append(
                OnAppHourlyRow.Item(
                    group: .disks, id: device.id, label: device.label,
                    costs: [
                        cost(.diskSize, disk.sizeGB),
                        cost(.dataRead, read),
                        cost(.dataWritten, written),
                        cost(.readsCompleted, read * 8),
                        cost(.writesCompleted, written * 6),
                    ]))
        }
        for (index, interface) in blueprint.networkInterfaces.enumerated() {
            let stream = UInt64(64 + index * 4)
            let sent = use(interface.sentMB, stream) * (interface.spikes ? multiplier : 1)
            let device = machine.networkInterfaces[index]
            items.append(
                OnAppHourlyRow.Item(
                    group: .networkInterfaces, id: device.id, label: device.label,
                    costs: [
                        cost(.ipAddresses, 1),
                        cost(.rate, interface.rateMbps),
                        cost(.dataReceived, use(interface.receivedMB, stream + 1)),
                        cost(.dataSent, sent),
                    ]))
        }
        return items
    }

    /// Metered use in an hour: the typical figure shaped by the UTC hour of day and ±30 % noise.
    private static func use(_ typical: Int64, hour: Int64, salt: UInt64, stream: UInt64) -> Int64 {
        let hourOfDay = Int(hour - CivilCalendar.floorDivide(hour, 24) * 24)
        let noise = 70 + Int64(SplitMix64.hash(salt ^ stream, UInt64(bitPattern: hour)) % 61)
        return typical * OnAppCatalog.dailyPercent[hourOfDay] * noise / 10_000
    }
}
