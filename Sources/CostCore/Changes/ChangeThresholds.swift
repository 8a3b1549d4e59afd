/// How large a change must be before ``ChangeDetector`` flags it. Every test must pass at once.
public struct ChangeThresholds: Hashable, Sendable {
    /// The smallest relative change, in percent of the baseline (default 50). `new` and
    /// `stopped` have no finite relative change and skip this test.
    public var minimumPercent: Double
    /// The smallest absolute change per bucket, in the series' currency (default 0).
    public var minimumAmount: Amount
    /// The robust z-score: a bucket is unusual when `|actual − median| > robustZ × spread`,
    /// spread being the median absolute deviation × 1.4826 (default 4).
    public var robustZ: Double
    /// How many preceding buckets form the baseline (default 14).
    public var window: Int
    /// How many buckets with data the window must hold before `spike`, `drop` or `growing`
    /// may fire (default 5).
    public var minimumHistory: Int
    /// How many buckets with data the window before a run must hold before `new` or
    /// `stopped` may fire (default 2).
    public var minimumPresenceHistory: Int

    /// Creates thresholds; every parameter has the documented default.
    public init(
        minimumPercent: Double = 50, minimumAmount: Amount = .zero, robustZ: Double = 4, window: Int = 14,
        minimumHistory: Int = 5, minimumPresenceHistory: Int = 2
    ) {
        self.minimumPercent = minimumPercent
        self.minimumAmount = minimumAmount
        self.robustZ = robustZ
        self.window = max(1, window)
        self.minimumHistory = max(1, minimumHistory)
        self.minimumPresenceHistory = max(1, minimumPresenceHistory)
    }

    /// The defaults: 50 %, no minimum amount, z 4, a 14-bucket window, 5 buckets of history.
    public static let standard = ChangeThresholds()
}
