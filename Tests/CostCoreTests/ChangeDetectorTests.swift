import Foundation
import Testing

@testable import CostCore

@Suite("Change detection on one series")
struct ChangeDetectorTests {
    let fixture = ChangeSeriesFixture.self

    @Test func aFlatSeriesHasNoEvents() {
        let series = fixture.daily(Array(repeating: 100, count: 40))
        #expect(ChangeDetector.events(in: series).isEmpty)
    }

    @Test func noiseOfThirtyPercentRaisesNothing() {
        for seed: UInt64 in [1, 2, 3, 4, 5] {
            let series = fixture.daily(fixture.noisy(level: 100, share: 0.3, count: 60, seed: seed))
            #expect(ChangeDetector.events(in: series).isEmpty, "seed \(seed)")
        }
    }

    @Test func theSteadyShortcutAgreesWithTheFullScanAtItsEdge() {
        // Within 47.5 % of the smallest value the scan is skipped; just above, it must run and
        // find the same events it always did.
        let steady = fixture.daily(Array(repeating: 100, count: 20) + [147.49] + Array(repeating: 100, count: 8))
        #expect(ChangeDetector.isSteady(steady, thresholds: .standard, includeIncomplete: false))
        #expect(ChangeDetector.events(in: steady).isEmpty)
        let spike = fixture.daily(Array(repeating: 100, count: 20) + [150] + Array(repeating: 100, count: 8))
        #expect(!ChangeDetector.isSteady(spike, thresholds: .standard, includeIncomplete: false))
        #expect(ChangeDetector.events(in: spike).map(\.label) == [.spike])
        let rising = fixture.daily((0..<60).map { 100 * pow(1.02, Double($0)) })
        #expect(ChangeDetector.isSteady(rising, thresholds: .standard, includeIncomplete: false))
        #expect(ChangeDetector.events(in: rising).isEmpty)
        let withZero = fixture.daily(Array(repeating: 100, count: 20) + [0, 0] + Array(repeating: 100, count: 8))
        #expect(!ChangeDetector.isSteady(withZero, thresholds: .standard, includeIncomplete: false))
    }

    @Test func aStepUpForTwoDaysIsOneSpikeWithItsBaselineAndDelta() throws {
        let values: [Double?] = Array(repeating: 100, count: 20) + [400, 500] + Array(repeating: 100, count: 8)
        let events = ChangeDetector.events(in: fixture.daily(values))
        let event = try #require(events.first)
        #expect(events.count == 1)
        #expect(event.label == .spike)
        #expect(event.firstIndex == 20 && event.lastIndex == 21)
        #expect(event.bucketCount == 2)
        #expect(event.baseline == Amount(100))
        #expect(event.actual == Amount(900))
        #expect(event.delta == Amount(700))
        #expect(event.deltaPercent == 350)
        #expect(event.period.start == utc("2026-10-21T00:00:00") && event.period.end == utc("2026-10-23T00:00:00"))
    }

    @Test func aStepDownIsADrop() throws {
        let values: [Double?] = Array(repeating: 200, count: 20) + [40, 50, 200, 200]
        let event = try #require(ChangeDetector.events(in: fixture.daily(values)).first)
        #expect(event.label == .drop)
        #expect(event.bucketCount == 2)
        #expect(event.delta == Amount(-310))
        #expect(ChangeDetector.events(in: fixture.daily(values)).count == 1)
    }

    @Test func aSteadyRampIsGrowingNotASpike() throws {
        let values: [Double?] = (0..<25).map { 100 + Double($0) * 10 }
        let events = ChangeDetector.events(in: fixture.daily(values))
        let first = try #require(events.first)
        #expect(events.allSatisfy { $0.label == .growing }, "\(events.map(\.label))")
        // From the ninth day the last value is 50 % above the first half's median (115 → 180).
        #expect(first.firstIndex == 8)
        #expect(first.baseline == Amount(135))
    }

    @Test func aLevelShiftIsNotReadAsGrowthOnceTheBaselineCatchesUp() {
        let values: [Double?] = Array(repeating: 100, count: 20) + Array(repeating: 300, count: 20)
        let labels = Set(ChangeDetector.events(in: fixture.daily(values)).map(\.label))
        #expect(labels == [.spike])
    }

    @Test func spendAfterAWindowWithNoneIsNew() throws {
        let values: [Double?] = Array(repeating: 0, count: 15) + [30, 30, 30]
        let events = ChangeDetector.events(in: fixture.daily(values))
        let event = try #require(events.first)
        #expect(events.count == 1)
        #expect(event.label == .new)
        #expect(event.firstIndex == 15 && event.lastIndex == 17)
        #expect(event.baseline == .zero && event.delta == Amount(90))
        #expect(event.deltaPercent == nil)
    }

    @Test func twoZeroDaysAfterSteadySpendAreStoppedButOneIsNothing() throws {
        let stopped = ChangeDetector.events(in: fixture.daily(Array(repeating: 50, count: 15) + [0, 0, 0]))
        #expect(stopped.map(\.label) == [.stopped])
        #expect(stopped.first?.bucketCount == 3)
        #expect(stopped.first?.delta == Amount(-150))
        let once = ChangeDetector.events(in: fixture.daily(Array(repeating: 50, count: 15) + [0, 50]))
        #expect(once.isEmpty)
    }

    @Test func aPartlyBilledLastDayJoinsTheStop() throws {
        let events = ChangeDetector.events(in: fixture.daily(Array(repeating: 50, count: 15) + [20, 0, 0]))
        let event = try #require(events.first)
        #expect(events.count == 1)
        #expect(event.label == .stopped && event.firstIndex == 15 && event.bucketCount == 3)
        #expect(event.delta == Amount(-130))
    }

    @Test func gapsAreNotZeros() {
        var values: [Double?] = Array(repeating: 80, count: 30)
        for index in [10, 11, 12, 20, 21, 25] { values[index] = nil }
        #expect(ChangeDetector.events(in: fixture.daily(values)).isEmpty)
        let labels = ChangeDetector.labels(in: fixture.daily(values))
        #expect(labels.allSatisfy { $0 == nil })
    }

    @Test func gapsInsideASpikeDoNotSplitIt() throws {
        let values: [Double?] = Array(repeating: 100, count: 20) + [500, nil, 500]
        let events = ChangeDetector.events(in: fixture.daily(values))
        #expect(events.count == 1)
        #expect(events.first?.bucketCount == 2)
        #expect(events.first?.actual == Amount(1000))
    }

    @Test func theIncompleteLastBucketIsSkippedUnlessAskedFor() {
        let values: [Double?] = Array(repeating: 100, count: 20) + [20]
        let series = fixture.daily(values, incompleteLast: true)
        #expect(ChangeDetector.events(in: series).isEmpty)
        #expect(ChangeDetector.events(in: series, includeIncomplete: true).map(\.label) == [.drop])
    }

    @Test func tooLittleHistoryRaisesNoSpike() {
        let values: [Double?] = [nil, nil, 100, 100, 100, 100, 900]
        #expect(ChangeDetector.events(in: fixture.daily(values)).isEmpty)
        let longer: [Double?] = [100, 100, 100, 100, 100, 900]
        #expect(ChangeDetector.events(in: fixture.daily(longer)).map(\.label) == [.spike])
    }

    @Test func thePercentThresholdIsRespected() {
        let values: [Double?] = Array(repeating: 100, count: 20) + [140]
        #expect(ChangeDetector.events(in: fixture.daily(values)).isEmpty)
        let looser = ChangeThresholds(minimumPercent: 30)
        #expect(ChangeDetector.events(in: fixture.daily(values), thresholds: looser).map(\.label) == [.spike])
    }

    @Test func theMinimumAmountIsRespected() {
        let values: [Double?] = Array(repeating: 1, count: 20) + [5]
        #expect(ChangeDetector.events(in: fixture.daily(values)).map(\.label) == [.spike])
        let strict = ChangeThresholds(minimumAmount: Amount(10))
        #expect(ChangeDetector.events(in: fixture.daily(values), thresholds: strict).isEmpty)
        let newSpend: [Double?] = Array(repeating: 0, count: 10) + [5]
        #expect(ChangeDetector.events(in: fixture.daily(newSpend), thresholds: strict).isEmpty)
    }

    @Test func theRobustZScoreIsRespected() {
        // A series that swings ±40 around 100: a full window's spread is 40 × 1.4826.
        let wobbly: [Double?] = (0..<20).map { $0 % 2 == 0 ? 60 : 140 } + [230]
        let fullWindow = ChangeThresholds(minimumHistory: 14)
        #expect(ChangeDetector.events(in: fixture.daily(wobbly), thresholds: fullWindow).isEmpty)
        let looser = ChangeThresholds(robustZ: 1, minimumHistory: 14)
        #expect(ChangeDetector.events(in: fixture.daily(wobbly), thresholds: looser).map(\.label) == [.spike])
    }

    @Test func theBaselineIsTheMedianOfTheTrailingWindow() {
        let values: [Double?] = [1, 2, 3, 100, 5, nil, 7]
        let series = fixture.daily(values)
        #expect(ChangeDetector.baseline(at: 6, in: series, window: 4) == Amount(5))
        #expect(ChangeDetector.baseline(at: 6, in: series, window: 14) == Amount(3))
        #expect(ChangeDetector.baseline(at: 4, in: series) == Amount("2.5")!)
        #expect(ChangeDetector.baseline(at: 0, in: series) == nil)
    }
}
