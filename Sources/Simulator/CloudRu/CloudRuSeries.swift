/// One SKU billed for one resource, e.g. "vCPU of web-01": the unit rows are generated for.
///
/// A series yields at most one row per quantum of a day: one quantum per day for most SKUs,
/// 144 ten-minute quanta for ``CloudRuUsageShape/bursts``.
struct CloudRuSeries: Sendable {
    /// Position in ``CloudRuDataset`` series (and the order of rows within a day).
    let index: Int
    /// The billed resource (index into the dataset's resources).
    let resourceIndex: Int
    /// The resource's project (index into the dataset's projects).
    let projectIndex: Int
    /// What is billed and at which tariff.
    let sku: CloudRuSKU
    /// Base quantity in millionths of the unit: per hour of life, or per quantum for bursts.
    let baseMicros: Int64
    /// How the quantity varies.
    let shape: CloudRuUsageShape
    /// Per-series noise and identity salt, derived from the seed.
    let salt: UInt64
    /// Salt shared by all series of the resource, so bursts of one resource line up.
    let activitySalt: UInt64
    /// First billed hour (the resource's creation), hours since 1970 UTC.
    let createdHour: Int64
    /// First hour not billed (the resource's deletion), or `Int64.max`.
    let endHour: Int64
    /// Days (since 1970, UTC) whose quantity is multiplied by `spikeMultiplier`.
    let spikeDays: Range<Int64>
    /// The spike's quantity multiplier.
    let spikeMultiplier: Int64

    /// How many rows a day has at most.
    var quantaPerDay: Int { shape.quantaPerDay }

    /// Bursts are billed in whole tokens (a thousandth of the "1000 токенов" unit).
    private var resolutionMicros: Int64 { shape == .bursts ? 1000 : 1 }

    /// The row key of quantum `quantum` of day `day`, unique within the series.
    static func slot(day: Int64, quantum: Int) -> UInt64 {
        UInt64(bitPattern: day * 144 + Int64(quantum))
    }

    /// The quantity as first published, in millionths of the unit; 0 means no row.
    func originalQuantityMicros(day: Int64, quantum: Int) -> Int64 {
        let dayStartHour = day * 24
        if shape == .bursts {
            let hour = dayStartHour + Int64(quantum / 6)
            guard hour >= createdHour, hour < endHour,
                CloudRuUsageShape.isActive(day: day, quantum: quantum, salt: activitySalt)
            else { return 0 }
            let draw = Double(SplitMix64.hash(salt, Self.slot(day: day, quantum: quantum)) >> 11) * 0x1.0p-53
            let units = (Double(baseMicros) * (0.2 + 1.6 * draw) / Double(resolutionMicros)).rounded()
            return max(1, Int64(units)) * resolutionMicros
        }
        let hours = min(dayStartHour + 24, endHour) - max(dayStartHour, createdHour)
        guard hours > 0 else { return 0 }
        var factor = shape.factor(day: day, createdDay: CivilCalendar.floorDivide(createdHour, 24), salt: salt)
        if spikeDays.contains(day) {
            factor *= Double(spikeMultiplier)
        }
        return Int64((Double(baseMicros) * Double(hours) * factor).rounded())
    }

    /// The row of quantum `quantum` of day `day` as seen at `nowMillis`, or `nil` when there is
    /// no usage or the row is not published yet. `deadlineMillis` ends the row's restatement.
    func row(day: Int64, quantum: Int, deadlineMillis: Int64, nowMillis: Int64) -> CloudRuRowValues? {
        let original = originalQuantityMicros(day: day, quantum: quantum)
        guard original > 0 else { return nil }
        let slot = Self.slot(day: day, quantum: quantum)
        let revision = CloudRuRevision(salt: salt, slot: slot, day: day, deadlineMillis: deadlineMillis)
        guard revision.publishedMillis <= nowMillis else { return nil }
        var quantity = original
        var updated = revision.publishedMillis
        var deleted = false
        if let revised = revision.revisedMillis, revised <= nowMillis {
            updated = revised
            if revision.deletes {
                deleted = true
            } else {
                let step = resolutionMicros
                quantity = max(step, (original * revision.revisedPercent / 100 + step / 2) / step * step)
            }
        }
        let amount = Int64((Int128(quantity) * Int128(sku.rateMicros) + 500_000) / 1_000_000)
        return CloudRuRowValues(
            series: index,
            day: day,
            quantum: quantum,
            quantityMicros: quantity,
            amountMicros: amount,
            amountWithVATMicros: CloudRuVAT.withVAT(micros: amount, day: day),
            updatedMillis: updated,
            isDeleted: deleted
        )
    }

    /// The stable row key served as `encode_id`: 128 bits from the series salt and the slot.
    func encodeID(day: Int64, quantum: Int) -> (high: UInt64, low: UInt64) {
        let slot = Self.slot(day: day, quantum: quantum)
        return (SplitMix64.hash(salt ^ 0x454E_434F_4445_4944, slot), SplitMix64.hash(slot, salt))
    }
}
