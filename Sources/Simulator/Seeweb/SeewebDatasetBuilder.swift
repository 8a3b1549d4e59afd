import Foundation

/// Turns ``SeewebCatalog`` plus a seed and a "now" into concrete groups, servers, templates
/// and the spike. The order of random draws is part of the output: keep it stable. Every
/// blueprint takes the same number of draws whatever its kind and whatever "now" is.
struct SeewebDatasetBuilder {
    private var random: SplitMix64
    /// "Now" in Unix microseconds.
    let nowMicros: Int64

    init(seed: UInt64, now: Date) {
        random = SplitMix64(seed: seed ^ 0x5345_4557_4542_4543)
        nowMicros = SeewebTimestamp.micros(now)
    }

    /// Everything a ``SeewebDataset`` holds.
    struct Output {
        var groups: [String] = []
        var servers: [SeewebServer] = []
        var templates: [SeewebTemplate] = []
        var spike: SeewebSpike
    }

    /// A server before it gets its id: ids follow creation order, as Seeweb assigns them.
    private struct Draft {
        let blueprint: SeewebBlueprint.Server
        let createdMicros: Int64
        let deletedMicros: Int64?
        let notes: String
        let reservations: [SeewebReservation]
        let offlineWindows: [SeewebOfflineWindow]
        var isSpike = false
    }

    mutating func build() -> Output {
        var groupNumber = 100_000 + Int64(random.int(in: 0...8_999))
        var groups: [String] = []
        for _ in 0..<SeewebCatalog.groupCount {
            groups.append("eg\(groupNumber)")
            groupNumber += Int64(random.int(in: 1...7))
        }

        var drafts = SeewebCatalog.servers.map { makeDraft($0) }
        let spikeDraft = makeSpikeDraft()
        drafts.append(spikeDraft)
        drafts.sort { $0.createdMicros < $1.createdMicros }

        var serverNumber = 200_100 + Int64(random.int(in: 0...700))
        var servers: [SeewebServer] = []
        var spikeName = ""
        for draft in drafts {
            let name = "ec\(serverNumber)"
            serverNumber += Int64(random.int(in: 1...40))
            if draft.isSpike { spikeName = name }
            servers.append(
                SeewebServer(
                    name: name, plan: draft.blueprint.plan, group: draft.blueprint.group.map { groups[$0] },
                    notes: draft.notes, offlineDiscountPercent: 20, reservations: draft.reservations,
                    offlineWindows: draft.offlineWindows, createdMicros: draft.createdMicros,
                    deletedMicros: draft.deletedMicros))
        }

        var templateDrafts = SeewebCatalog.templates.map { blueprint in
            let created = pastInstant(daysAgo: blueprint.createdDaysAgo)
            let deleted = pastInstant(daysAgo: blueprint.deletedDaysAgo ?? 0...0)
            return (blueprint, created, blueprint.deletedDaysAgo == nil ? nil : max(deleted, created + 1))
        }
        templateDrafts.sort { $0.1 < $1.1 }
        var templateNumber = 100_010 + Int64(random.int(in: 0...500))
        var templates: [SeewebTemplate] = []
        for (blueprint, created, deleted) in templateDrafts {
            templates.append(
                SeewebTemplate(
                    name: "ei\(templateNumber)", notes: blueprint.notes, monthlyCents: blueprint.monthlyCents,
                    createdMicros: created, deletedMicros: deleted))
            templateNumber += Int64(random.int(in: 1...12))
        }

        let spikeStart = spikeDraft.createdMicros
        let spikeEnd = spikeDraft.deletedMicros ?? spikeStart
        let spike = SeewebSpike(
            group: groups[SeewebCatalog.spikeGroup], serverName: spikeName, plan: .gpuA100,
            start: SeewebTimestamp.date(spikeStart), end: SeewebTimestamp.date(spikeEnd),
            month: SeewebMonth(containing: SeewebTimestamp.date(spikeStart)))
        return Output(groups: groups, servers: servers, templates: templates, spike: spike)
    }

    /// A server's dates, label, reservations and offline stretches.
    private mutating func makeDraft(_ blueprint: SeewebBlueprint.Server) -> Draft {
        var created = pastInstant(daysAgo: blueprint.createdDaysAgo)
        let deletedDraw = pastInstant(daysAgo: blueprint.deletedDaysAgo ?? 0...0)
        let expiryDraw =
            nowMicros + Int64(random.int(in: 5...25)) * SeewebTimestamp.microsPerDay
            + Int64(random.next() % UInt64(SeewebTimestamp.microsPerDay))
        let offlineSalt = random.next()

        var reservations: [SeewebReservation] = []
        switch blueprint.reservations {
        case .expiringSoon(let plan, let count):
            created = SeewebTimestamp.adding(months: -Int64(plan.months * count), to: expiryDraw)
            reservations = chain(plan, from: created, count: count)
        default:
            break
        }
        let deleted = blueprint.deletedDaysAgo == nil ? nil : max(deletedDraw, created + 1)
        let lifeEnd = min(deleted ?? nowMicros, nowMicros)
        var offlineWindows: [SeewebOfflineWindow] = []
        switch blueprint.reservations {
        case .renewed(let plan):
            var count = 1
            while SeewebTimestamp.adding(months: Int64(plan.months * count), to: created) < lifeEnd { count += 1 }
            reservations = chain(plan, from: created, count: count)
        case .once(let plan):
            reservations = chain(plan, from: created, count: 1)
        case .none(let offline) where offline:
            offlineWindows = Self.offlineWindows(salt: offlineSalt, from: created, until: lifeEnd)
        case .none, .expiringSoon:
            break
        }
        let notes = blueprint.notes ?? "centos-\(blueprint.plan.name.lowercased())-it-fr2-\(created / 1_000)"
        return Draft(
            blueprint: blueprint, createdMicros: created, deletedMicros: deleted, notes: notes,
            reservations: reservations, offlineWindows: offlineWindows)
    }

    /// The spike's GPU server: created 4 to 9 days before "now" and deleted about three days
    /// later; moved wholly into the previous month when it would straddle a month start.
    private mutating func makeSpikeDraft() -> Draft {
        let hour = SeewebTimestamp.microsPerHour
        let duration = SeewebCatalog.spikeHours * hour + Int64(random.int(in: 0...5)) * hour
        var start = pastInstant(daysAgo: 4...9)
        let shift = Int64(random.int(in: 6...48)) * hour
        let monthStart = SeewebMonth(containing: SeewebTimestamp.date(nowMicros)).startMicros
        if start < monthStart && start + duration > monthStart {
            start = monthStart - duration - shift
        }
        let blueprint = SeewebBlueprint.Server(
            group: SeewebCatalog.spikeGroup, plan: .gpuA100, notes: SeewebCatalog.spikeNotes,
            createdDaysAgo: 4...9, deletedDaysAgo: 1...9, reservations: .none(offline: false))
        return Draft(
            blueprint: blueprint, createdMicros: start, deletedMicros: start + duration,
            notes: SeewebCatalog.spikeNotes, reservations: [], offlineWindows: [], isSpike: true)
    }

    /// `count` back-to-back reservations starting at `start`, each ending the same wall-clock
    /// time `plan.months` months after the creation (as in the seed: 23 April → 23 October).
    private func chain(_ plan: SeewebReservedPlan, from start: Int64, count: Int) -> [SeewebReservation] {
        (0..<count).map { index in
            SeewebReservation(
                plan: plan,
                startMicros: SeewebTimestamp.adding(months: Int64(plan.months * index), to: start),
                endMicros: SeewebTimestamp.adding(months: Int64(plan.months * (index + 1)), to: start))
        }
    }

    /// An instant a whole number of days (drawn from `daysAgo`) plus part of a day before "now".
    private mutating func pastInstant(daysAgo: ClosedRange<Int>) -> Int64 {
        let days = Int64(random.int(in: daysAgo))
        let part = Int64(random.next() % UInt64(SeewebTimestamp.microsPerDay))
        return nowMicros - days * SeewebTimestamp.microsPerDay - part
    }

    /// Stretches of 20 to 90 hours powered off, 8 to 25 days apart, from a few days after
    /// `from` until `until`. Drawn from their own generator so the main sequence does not
    /// depend on how many there are.
    private static func offlineWindows(salt: UInt64, from: Int64, until: Int64) -> [SeewebOfflineWindow] {
        var generator = SplitMix64(seed: salt)
        let day = SeewebTimestamp.microsPerDay
        let hour = SeewebTimestamp.microsPerHour
        var start = from + Int64(generator.int(in: 3...12)) * day + Int64(generator.next() % UInt64(day))
        var windows: [SeewebOfflineWindow] = []
        while start < until && windows.count < 500 {
            let end = start + Int64(generator.int(in: 20...90)) * hour
            windows.append(SeewebOfflineWindow(startMicros: start, endMicros: end))
            start = end + Int64(generator.int(in: 8...25)) * day + Int64(generator.next() % UInt64(hour))
        }
        return windows
    }
}
