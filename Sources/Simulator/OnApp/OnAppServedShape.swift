/// How the simulated panel renders its rows under the OnApp variations: shapes the documents
/// allow but the client does not prefer. Every shape carries exactly the same money as the
/// plain rendering, so the ground truth (``OnAppDataset/totalCosts(from:to:variations:)``)
/// stays the same per row; only the currency label of some rows changes.
///
/// - ``SimulatorVariation/onAppArrayStats``: `billing_stats` as an array of billing details —
///   `[]` for the user-level row, elements of one group each (`[{"disks": [...]}, ...]`,
///   `<billing_stat><disks type="array">`) on even hours and root-wrapped items
///   (`[{"disk": {...}}, ...]`, `<disk>`) on odd hours.
/// - ``SimulatorVariation/onAppLooseRows``: servers with an odd id are charged in euros on odd
///   UTC days (the bucket's currency changed), the root key cycles through `vm_hourly_stat`,
///   `vm_stats` and `vm_stat`, every row carries a field nobody documented
///   (``unknownFieldName``), interfaces' `ip_addresses` value is the text ``oddValue``, and the
///   template's cost is left out of the breakdown while `total_cost` still counts it.
struct OnAppServedShape: Sendable {
    /// How one row's `billing_stats` is written.
    enum StatsForm: Sendable {
        /// An object of lists (what panels send).
        case object
        /// An array whose elements hold one group's list each.
        case arrayOfGroups
        /// An array of root-wrapped items.
        case arrayOfItems
    }

    /// The currency some servers switch to under `onapp-loose-rows`.
    static let otherCurrencyCode = "EUR"
    /// The row field no document mentions, sent under `onapp-loose-rows`.
    static let unknownFieldName = "hypervisor_label"
    /// Its value.
    static let unknownFieldValue = "hv-03"
    /// The text sent as the `value` of `ip_addresses` under `onapp-loose-rows`.
    static let oddValue = "unmetered"
    /// The root keys OnApp versions wrap rows in, cycled through by hour.
    static let rootKeys = ["vm_hourly_stat", "vm_stats", "vm_stat"]

    /// `billing_stats` as an array.
    let arrayStats: Bool
    /// Mixed currencies, other root keys, an unknown field, an odd value, an unattributed cost.
    let looseRows: Bool

    init(variations: Set<SimulatorVariation>) {
        arrayStats = variations.contains(.onAppArrayStats)
        looseRows = variations.contains(.onAppLooseRows)
    }

    /// The `currency_code` of `row` when the dataset's currency is `base`.
    func currencyCode(of row: OnAppHourlyRow, base: String) -> String {
        guard looseRows, let machine = row.virtualMachineID, machine % 2 == 1,
            CivilCalendar.floorDivide(row.hour, 24) % 2 == 1
        else { return base }
        return Self.otherCurrencyCode
    }

    /// The key the row is wrapped in (JSON) or its element name (XML).
    func rootKey(of row: OnAppHourlyRow) -> String {
        guard looseRows else { return Self.rootKeys[0] }
        return Self.rootKeys[Int(row.hour - CivilCalendar.floorDivide(row.hour, 3) * 3)]
    }

    /// How `row`'s `billing_stats` is written.
    func statsForm(of row: OnAppHourlyRow) -> StatsForm {
        guard arrayStats else { return .object }
        return row.hour % 2 == 0 ? .arrayOfGroups : .arrayOfItems
    }

    /// The breakdown as served: without the template's cost under `onapp-loose-rows`.
    func servedItems(of row: OnAppHourlyRow) -> [OnAppHourlyRow.Item] {
        guard looseRows else { return row.items }
        return row.items.map { item in
            OnAppHourlyRow.Item(
                group: item.group, id: item.id, label: item.label,
                costs: item.costs.filter { $0.resourceName != OnAppResource.template.name })
        }
    }

    /// Whether `cost`'s `value` is sent as ``oddValue`` instead of its number.
    func sendsOddValue(_ cost: OnAppHourlyRow.Cost) -> Bool {
        looseRows && cost.resourceName == OnAppResource.ipAddresses.name
    }
}
