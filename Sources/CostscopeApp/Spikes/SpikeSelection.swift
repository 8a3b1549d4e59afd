import CostCore
import Foundation

/// Keeps one finding per change when the same change shows at several levels of a path.
///
/// The rule, top-down from each account:
///
/// - A finding is replaced by one of its children's findings with the same label that overlaps
///   it in time and carries more than half of the Δ that all such children carry over the
///   finding's buckets, and at least a quarter of the finding's own Δ; repeated down the path,
///   so the most specific path that explains the change is reported. (Children with another label are not candidates: when an account
///   spikes on the days a new server is still running in, the spike's cause is the child that
///   spiked, not the new server.)
/// - Other findings below the reported one that overlap it and go the same way are part of the
///   same change and are not listed again.
/// - A finding with no such parent stands on its own when its last flagged bucket lies in the
///   range and, below the account level, when it moves the account's expected spend over its
///   buckets by at least ``minimumAccountShare`` percent (`new` and `stopped`, whose own Δ %
///   is infinite or always −100 %, by at least the percentage threshold), so a disk that
///   doubles is not listed next to the change that moved the bill.
struct SpikeSelection {
    /// The share of the account's expected spend a change below the account must reach to be
    /// listed on its own, in percent.
    static let minimumAccountShare = 10.0

    package let findings: [String: [SpikeFinding]]
    let children: [String: [String]]
    package let range: DateRange
    package let minimumPercent: Double
    let accountBaseline: (SpikeFinding) -> Amount?

    /// The findings to report from the series `nodeID` and everything below it.
    func select(from nodeID: String) -> [SpikeFinding] {
        let own = findings[nodeID] ?? []
        var result = own.filter(standsOnItsOwn).map(refined)
        for child in children[nodeID] ?? [] {
            result += select(from: child).filter { found in !own.contains { $0.coincides(with: found) } }
        }
        return result
    }

    /// `finding`, or the most specific finding below it that explains most of its change.
    func refined(_ finding: SpikeFinding) -> SpikeFinding {
        let sameWay = finding.delta.isNegative
        let contributions = (children[finding.nodeID] ?? []).flatMap { findings[$0] ?? [] }.compactMap {
            candidate -> (finding: SpikeFinding, delta: Amount)? in
            guard candidate.label == finding.label, candidate.period.overlaps(finding.period) else { return nil }
            let delta = candidate.delta(during: finding.period)
            guard !delta.isZero, delta.isNegative == sameWay else { return nil }
            return (candidate, delta.magnitude)
        }
        let total = contributions.reduce(Amount.zero) { $0 + $1.delta }
        guard let best = contributions.max(by: { $0.delta < $1.delta }), best.delta.units * 2 > total.units,
            best.delta.units * 4 >= finding.delta.magnitude.units
        else { return finding }
        return refined(best.finding)
    }

    private func standsOnItsOwn(_ finding: SpikeFinding) -> Bool {
        guard range.contains(finding.lastBucketMiddle) else { return false }
        guard finding.isBelowAccount else { return true }
        guard let expected = accountBaseline(finding), !expected.isZero else { return true }
        let share = (finding.delta.magnitude.ratio(to: expected.magnitude) ?? 0) * 100
        let presence = finding.label == .new || finding.label == .stopped
        return share >= (presence ? minimumPercent : Self.minimumAccountShare)
    }
}
