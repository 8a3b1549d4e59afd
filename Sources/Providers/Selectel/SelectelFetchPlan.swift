/// How a Selectel account is asked for its spend: learnt on the first fetch of a run (the API
/// answers 400 to what it does not accept) and kept for the rest of the run.
public struct SelectelFetchPlan: Sendable, Hashable {
    /// The `provider_keys` sent; nil sends none, so every service is answered.
    public var providerKeys: [String]?
    /// One `consumption` call with the undocumented `project_object_region_metric`, or the
    /// documented group types combined (``SelectelDocumentedGroups``).
    public var richGroups: Bool

    public init(providerKeys: [String]?, richGroups: Bool) {
        self.providerKeys = providerKeys
        self.richGroups = richGroups
    }

    /// The plans to try for `account`, most informative first: without the filter before the
    /// known keys (unless keys are configured), the rich group type before the documented ones.
    static func candidates(for account: SelectelAccount) -> [SelectelFetchPlan] {
        let keyChoices: [[String]?] =
            account.providerKeys.map { [$0] } ?? [nil, SelectelAccount.knownProviderKeys]
        return keyChoices.flatMap { keys in
            [
                SelectelFetchPlan(providerKeys: keys, richGroups: true),
                SelectelFetchPlan(providerKeys: keys, richGroups: false),
            ]
        }
    }
}
