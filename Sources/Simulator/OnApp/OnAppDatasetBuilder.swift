/// Turns ``OnAppCatalog`` plus a seed and a "now" into concrete ids, lifetimes and the spike.
/// The order of random draws is part of the output: keep it stable. The number of draws never
/// depends on "now", so ids stay the same when only "now" moves.
struct OnAppDatasetBuilder {
    /// How long before "now" the account was opened, in days (older than the default window).
    static let accountAgeDays: Int64 = 150

    private var random: SplitMix64
    /// The hour containing "now", in hours since 1970.
    let nowHour: Int64
    /// The UTC day containing "now", in days since 1970.
    let today: Int64

    init(seed: UInt64, nowSecond: Int64) {
        random = SplitMix64(seed: seed ^ 0x4F4E_4150_5053_494D)
        nowHour = CivilCalendar.floorDivide(nowSecond, 3_600)
        today = CivilCalendar.floorDivide(nowHour, 24)
    }

    /// Everything an ``OnAppDataset`` holds besides the seed and "now".
    struct Output {
        var userID = 0
        var historyStartHour: Int64 = 0
        var backupStartHour: Int64 = 0
        var machines: [OnAppVirtualMachine] = []
        var spike: OnAppSpike?
        var rowSalt: UInt64 = 0
    }

    mutating func build() -> Output {
        var output = Output()
        output.userID = random.int(in: 100...999)
        output.rowSalt = random.next()
        output.historyStartHour = (today - Self.accountAgeDays) * 24 + Int64(random.int(in: 0...23))
        output.backupStartHour = output.historyStartHour + Int64(random.int(in: 20...40)) * 24
        let spikeStartDay = today - Int64(random.int(in: 5...20))
        let spikeHours = (spikeStartDay * 24)..<((spikeStartDay + 2) * 24)
        let multiplier = random.int(in: 8...12)

        var machineID = random.int(in: 1_000...4_000)
        var diskID = random.int(in: 2_000...6_000)
        var interfaceID = random.int(in: 1_500...5_000)
        for blueprint in OnAppCatalog.servers {
            machineID += random.int(in: 1...40)
            var disks: [OnAppDevice] = []
            for disk in blueprint.disks {
                diskID += random.int(in: 1...25)
                disks.append(OnAppDevice(id: diskID, label: disk.label, kind: .disk))
            }
            var interfaces: [OnAppDevice] = []
            for interface in blueprint.networkInterfaces {
                interfaceID += random.int(in: 1...25)
                interfaces.append(OnAppDevice(id: interfaceID, label: interface.label, kind: .networkInterface))
            }
            let (firstHour, endHour) = lifetime(blueprint.lifetime, historyStartHour: output.historyStartHour)
            let machine = OnAppVirtualMachine(
                id: machineID, blueprint: blueprint, disks: disks, networkInterfaces: interfaces,
                firstHour: firstHour, endHour: endHour, salt: random.next())
            output.machines.append(machine)
            if let diskIndex = blueprint.disks.firstIndex(where: \.spikes),
                let interfaceIndex = blueprint.networkInterfaces.firstIndex(where: \.spikes)
            {
                output.spike = OnAppSpike(
                    machine: machine, networkInterfaceID: interfaces[interfaceIndex].id, diskID: disks[diskIndex].id,
                    hours: spikeHours, multiplier: multiplier)
            }
        }
        return output
    }

    /// The first billed hour and the first hour no longer billed.
    private mutating func lifetime(_ lifetime: OnAppBlueprint.Lifetime, historyStartHour: Int64) -> (Int64, Int64) {
        let built = historyStartHour + Int64(random.int(in: 1...48))
        let jitter = Int64(random.int(in: 0...11))
        switch lifetime {
        case .wholeHistory:
            return (built, Int64.max)
        case .built(let daysAgo):
            return ((today - Int64(daysAgo)) * 24 + jitter, Int64.max)
        case .destroyed(let daysAgo):
            return (built, (today - Int64(daysAgo)) * 24 + jitter)
        }
    }
}
