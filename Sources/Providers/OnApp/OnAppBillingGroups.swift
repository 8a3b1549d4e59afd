/// The groups of one row's `billing_stats` as a decoder collects them: items of the same
/// group name are merged into one group, groups kept in the order first met — so a breakdown
/// sent as an object of lists and one sent as an array of billing details give the same groups.
struct OnAppBillingGroups {
    /// The groups, in the order first met.
    private(set) var groups: [OnAppBillingGroup] = []
    private var indexByName: [String: Int] = [:]

    /// Appends `items` to the group `name`, creating it when new.
    mutating func add(_ name: String, _ items: [OnAppBillingItem]) {
        if let index = indexByName[name] {
            groups[index].items += items
        } else {
            indexByName[name] = groups.count
            groups.append(OnAppBillingGroup(name: name, items: items))
        }
    }
}
