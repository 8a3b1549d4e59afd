import Foundation

/// Turns ``SelectelCatalog`` plus a seed and a "now" into concrete projects, objects,
/// series and the spike. The order of random draws is part of the output: keep it stable.
struct SelectelDatasetBuilder {
    /// How many days of history before "now" the account has.
    static let historyDays: Int64 = 430

    private var random: SplitMix64
    /// The hour containing "now": the first hour not billed yet.
    let billedUntilHour: Int64
    /// Moscow midnight `historyDays` before today, in hours since 1970 (UTC).
    let historyStartHour: Int64

    init(seed: UInt64, now: Date) {
        random = SplitMix64(seed: seed)
        billedUntilHour = SelectelSeries.hourIndex(of: now)
        let today = WallClockTime(moscowFromUTCSeconds: billedUntilHour * 3600).dayNumber
        let historyStart = WallClockTime(seconds: (today - Self.historyDays) * 86_400)
        historyStartHour = historyStart.utcSecondsFromMoscow / 3600
    }

    /// Everything a ``SelectelDataset`` holds.
    struct Output {
        var accountID = ""
        var projects: [SelectelProject] = []
        var objects: [SelectelObject] = []
        var series: [SelectelSeries] = []
        var spike: SelectelSpike?
        var mainBalanceKopecks: Int64 = 0
        var bonusBalanceKopecks: Int64 = 0
    }

    mutating func build() -> Output {
        var output = Output()
        output.accountID = String(random.int(in: 100_000...999_999))
        let spikeHours = drawSpikeHours()
        let spikeMultiplier = random.int(in: 7...8)

        for blueprint in SelectelCatalog.projects {
            let project = SelectelProject(id: random.uuidString(), name: blueprint.name)
            output.projects.append(project)
            var objectsByKey: [String: SelectelObject] = [:]
            for objectBlueprint in blueprint.objects {
                let parent = objectBlueprint.parentKey.flatMap { objectsByKey[$0] }
                let object = makeObject(objectBlueprint, projectID: project.id, parent: parent)
                objectsByKey[objectBlueprint.key] = object
                output.objects.append(object)
                let hours = objectBlueprint.isSpikeTarget ? spikeHours : 0..<0
                let series = objectBlueprint.usages.map { usage in
                    makeSeries(usage, object: object, spikeHours: hours, spikeMultiplier: spikeMultiplier)
                }
                output.series += series
                if objectBlueprint.isSpikeTarget {
                    output.spike = SelectelSpike(
                        projectID: project.id,
                        objectID: object.id,
                        seriesIDs: series.map(\.id),
                        hours: spikeHours,
                        multiplier: spikeMultiplier
                    )
                }
            }
        }
        output.mainBalanceKopecks = Int64(random.int(in: 5_000_000...25_000_000))
        output.bonusBalanceKopecks = Int64(random.int(in: 0...500_000))
        return output
    }

    /// The spike starts three to five days before "now" and lasts 40 to 48 hours.
    private mutating func drawSpikeHours() -> Range<Int64> {
        let start = billedUntilHour - Int64(random.int(in: 3...4)) * 24 - Int64(random.int(in: 0...23))
        let length = Int64(random.int(in: 40...48))
        return start..<(start + length)
    }

    private mutating func makeObject(
        _ blueprint: SelectelBlueprint.Object,
        projectID: String,
        parent: SelectelObject?
    ) -> SelectelObject {
        let id = random.uuidString()
        let name: String?
        switch blueprint.name {
        case .fixed(let text): name = text
        case .unnamed: name = nil
        case .ipAddress: name = drawIPAddress()
        }
        let created: Int64
        var deleted: Int64?
        switch blueprint.lifetime {
        case .wholeHistory:
            created = historyStartHour + Int64(random.int(in: 0...47))
        case .created(let daysAgo):
            created = billedUntilHour - Int64(daysAgo) * 24 - Int64(random.int(in: 0...11))
        case .deleted(let createdDaysAgo, let deletedDaysAgo):
            created = billedUntilHour - Int64(createdDaysAgo) * 24 - Int64(random.int(in: 0...11))
            deleted = billedUntilHour - Int64(deletedDaysAgo) * 24 - Int64(random.int(in: 0...11))
        case .sameAsParent:
            created = parent?.createdHour ?? historyStartHour
            deleted = parent?.deletedHour
        }
        return SelectelObject(
            id: id,
            name: name,
            parentID: parent?.id,
            projectID: projectID,
            kind: blueprint.kind,
            region: blueprint.region,
            createdHour: created,
            deletedHour: deleted
        )
    }

    private mutating func makeSeries(
        _ usage: SelectelBlueprint.Usage,
        object: SelectelObject,
        spikeHours: Range<Int64>,
        spikeMultiplier: Int
    ) -> SelectelSeries {
        let metric = usage.metric.metric
        let salt = random.next()
        var scale = 1.0
        switch usage.shape {
        case .diurnal, .growth: scale = 0.85 + 0.3 * random.unitInterval()
        case .flat, .jitter: break
        }
        return SelectelSeries(
            id: "\(object.id)/\(metric.id)",
            objectID: object.id,
            projectID: object.projectID,
            providerKey: object.providerKey,
            metric: metric,
            region: object.region,
            baseThousandths: Int64((usage.quantity * 1000 * scale).rounded()),
            shape: usage.shape,
            salt: salt,
            createdHour: object.createdHour,
            endHour: min(object.deletedHour ?? billedUntilHour, billedUntilHour),
            spikeHours: spikeHours,
            spikeMultiplier: Int64(spikeMultiplier)
        )
    }

    /// A plausible-looking public address from a few Russian hosting ranges.
    private mutating func drawIPAddress() -> String {
        let prefixes = ["31.129", "45.131", "77.223", "185.91"]
        let prefix = prefixes[random.int(in: 0...(prefixes.count - 1))]
        return "\(prefix).\(random.int(in: 0...255)).\(random.int(in: 1...254))"
    }
}
