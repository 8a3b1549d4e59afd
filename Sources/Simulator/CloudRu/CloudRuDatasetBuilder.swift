import Foundation

/// Turns ``CloudRuCatalog`` plus a seed and a "now" into concrete projects, resources, series
/// and the spike. The order of random draws is part of the output: keep it stable. The
/// number of draws never depends on "now", so ids and row keys stay the same when only "now"
/// moves.
struct CloudRuDatasetBuilder {
    /// How many calendar months the API serves, counting the current one.
    static let historyMonths: Int64 = 3

    private var random: SplitMix64
    /// "Now" in milliseconds since 1970 (UTC).
    let nowMillis: Int64
    /// The UTC day containing "now" (days since 1970); it has no rows yet.
    let today: Int64
    /// The first day the API serves: the 1st of the month two months before the current one.
    let historyStartDay: Int64

    init(seed: UInt64, now: Date) {
        random = SplitMix64(seed: seed ^ 0x434C_4F55_4452_5553)
        nowMillis = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        today = CivilCalendar.floorDivide(nowMillis, CloudRuTimestamp.millisPerDay)
        let date = CivilCalendar.date(dayNumber: today)
        let firstMonth = date.year * 12 + (date.month - 1) - (Self.historyMonths - 1)
        historyStartDay = CivilCalendar.dayNumber(year: firstMonth / 12, month: firstMonth % 12 + 1, day: 1)
    }

    /// Everything a ``CloudRuDataset`` holds.
    struct Output {
        var agreementID = ""
        var contractID = ""
        var projects: [CloudRuProject] = []
        var resources: [CloudRuResource] = []
        var series: [CloudRuSeries] = []
        var spike: CloudRuSpike?
    }

    mutating func build() -> Output {
        var output = Output()
        output.agreementID = random.uuidString()
        output.contractID = String(random.int(in: 1_000_000...9_999_999))
        let spikeStart = today - Int64(random.int(in: 2...5))
        let spikeDays = spikeStart..<(spikeStart + Int64(random.int(in: 1...2)))
        let spikeMultiplier = random.int(in: 20...26)

        for blueprint in CloudRuCatalog.projects {
            let project = CloudRuProject(id: random.uuidString(), name: blueprint.name)
            let projectIndex = output.projects.count
            output.projects.append(project)
            let evolutionDMID = random.int(in: 100_000...999_999)
            let vmwareDMID = random.int(in: 100_000...999_999)
            for resourceBlueprint in blueprint.resources {
                let platform = resourceBlueprint.usages[0].sku.sku.platform
                let resource = makeResource(
                    resourceBlueprint, projectID: project.id, dmid: platform == "VMware" ? vmwareDMID : evolutionDMID)
                let resourceIndex = output.resources.count
                output.resources.append(resource)
                let activitySalt = random.next()
                for usage in resourceBlueprint.usages {
                    let series = makeSeries(
                        usage,
                        index: output.series.count,
                        resource: (resourceIndex, projectIndex, resource),
                        activitySalt: activitySalt,
                        spike: usage.isSpikeTarget ? (spikeDays, spikeMultiplier) : (0..<0, 1)
                    )
                    output.series.append(series)
                    if usage.isSpikeTarget {
                        output.spike = CloudRuSpike(
                            projectID: project.id, resourceID: resource.id, sku: series.sku,
                            days: spikeDays, multiplier: spikeMultiplier)
                    }
                }
            }
        }
        return output
    }

    private mutating func makeResource(
        _ blueprint: CloudRuBlueprint.Resource,
        projectID: String,
        dmid: Int
    ) -> CloudRuResource {
        let id = random.uuidString()
        let todayHour = today * 24
        let created: Int64
        var deleted: Int64?
        switch blueprint.lifetime {
        case .wholeHistory:
            created = historyStartDay * 24 - Int64(random.int(in: 10...60)) * 24 - Int64(random.int(in: 0...23))
        case .created(let daysAgo):
            created = todayHour - Int64(daysAgo) * 24 - Int64(random.int(in: 0...11))
        case .deleted(let createdDaysAgo, let deletedDaysAgo):
            created = todayHour - Int64(createdDaysAgo) * 24 - Int64(random.int(in: 0...11))
            deleted = todayHour - Int64(deletedDaysAgo) * 24 - Int64(random.int(in: 0...11))
        }
        let sku = blueprint.usages[0].sku.sku
        return CloudRuResource(
            id: id,
            name: blueprint.name,
            projectID: projectID,
            service: sku.service,
            platform: sku.platform,
            dmid: dmid,
            meta: blueprint.meta,
            createdAt: Date(timeIntervalSince1970: TimeInterval(created * 3600)),
            deletedAt: deleted.map { Date(timeIntervalSince1970: TimeInterval($0 * 3600)) },
            createdHour: created,
            deletedHour: deleted
        )
    }

    private mutating func makeSeries(
        _ usage: CloudRuBlueprint.Usage,
        index: Int,
        resource: (index: Int, projectIndex: Int, value: CloudRuResource),
        activitySalt: UInt64,
        spike: (days: Range<Int64>, multiplier: Int)
    ) -> CloudRuSeries {
        let salt = random.next()
        let scale = usage.shape == .flat ? 1 : 0.85 + 0.3 * random.unitInterval()
        return CloudRuSeries(
            index: index,
            resourceIndex: resource.index,
            projectIndex: resource.projectIndex,
            sku: usage.sku.sku,
            baseMicros: Int64((usage.quantity * 1_000_000 * scale).rounded()),
            shape: usage.shape,
            salt: salt,
            activitySalt: activitySalt,
            createdHour: resource.value.createdHour,
            endHour: resource.value.deletedHour ?? Int64.max,
            spikeDays: spike.days,
            spikeMultiplier: Int64(spike.multiplier)
        )
    }
}
