import Foundation

/// An answer shape the provider's documents allow but the client does not prefer. With
/// variations on, the simulator serves these instead of the shapes the client asks for first,
/// while the money it serves (the ground truth) stays exactly the same — so a test can prove
/// the client reaches the same totals either way.
///
/// Written on the command line as `--variation NAME` (repeatable) or `--variation all`.
public enum SimulatorVariation: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    // Selectel
    /// `group_type=project_object_region_metric` (not in the documented enum) is answered 400;
    /// the documented group types still work.
    case selectelDocumentedGroupsOnly = "selectel-documented-groups"
    /// `/v3/balances` fails; the account's currency must come from elsewhere.
    case selectelNoBalances = "selectel-no-balances"
    /// Rows under provider keys outside the documented list (`inference`, `private_storage`,
    /// `netdisk` and one nobody knows yet).
    case selectelExtraKeys = "selectel-extra-keys"
    /// `period` with `Z`, a UTC offset or fractional seconds.
    case selectelPeriodSuffix = "selectel-period-suffix"
    /// `provider_keys` required, as documented: a request without it is answered 400, so
    /// services outside the asked list go unseen.
    case selectelRequiredKeys = "selectel-required-keys"

    // Cloud.ru
    /// `end_date`'s own day left out (by default the simulator counts it in).
    case cloudRuExclusiveEnd = "cloudru-exclusive-end"
    /// `usedate` stamped at Moscow midnight (`T21:00:00Z` the evening before), and `start_date` /
    /// `end_date` compared with those instants.
    case cloudRuZoneMidnight = "cloudru-zone-midnight"
    /// 500 "failed to get consumption" for a period longer than 10 days between `start_date` and
    /// `end_date`, or a page limit above 5 000 rows, as the document warns.
    case cloudRuFailedConsumption = "cloudru-failed-consumption"
    /// v1 pages a tenth shorter than the asked limit while more rows follow.
    case cloudRuShortPages = "cloudru-short-pages"
    /// The v2 consumption path answers 404; only v1 (the documented one) works.
    case cloudRuV1Only = "cloudru-v1-only"
    /// Odd values in fields that carry no money on every fourth series: `usefact` as text that is
    /// no number, `unit` as an object and a nested object in `meta`.
    case cloudRuOddFields = "cloudru-odd-fields"

    // OnApp
    /// `billing_stats` as an array of billing details (and `[]` when empty).
    case onAppArrayStats = "onapp-array-stats"
    /// Mixed currencies per server, other row keys, and `total_cost` above the breakdown's sum.
    case onAppLooseRows = "onapp-loose-rows"

    // Seeweb
    /// CSV with other header names for the same columns, in another order, with extra columns.
    case seewebCSVHeaders = "seeweb-csv-headers"
    /// Money as binary floats (`2.6399999999999997`, `2.6400000000001`), in JSON and CSV.
    case seewebFloatMoney = "seeweb-float-money"

    // F5 Distributed Cloud
    /// Usage lines that start before or end after the requested window.
    case f5OutsideWindow = "f5-outside-window"
    /// Money as a decimal string, an integer of hundredths or a JSON number, mixed.
    case f5MoneyForms = "f5-money-forms"
    /// A usage `value` that is not a number.
    case f5NonNumericUsage = "f5-non-numeric-usage"
    /// The money calls (`current_usage`, `monthly_usage`) answer 404: only usage is available.
    case f5NoMoney = "f5-no-money"
    /// 429 answers give `Retry-After` as an HTTP date instead of seconds.
    case f5RetryAfterDate = "f5-retry-after-date"

    /// Every variation whose answers still carry all the money: with these on, the client's
    /// totals must equal the ground truth. (`f5-no-money` withholds money by design;
    /// `selectel-required-keys` hides the services a client cannot name.)
    public static let moneyPreserving: Set<SimulatorVariation> = Set(allCases).subtracting([
        .f5NoMoney, .selectelRequiredKeys,
    ])

    public var description: String { rawValue }

    /// Parses a name, or `all` for ``moneyPreserving``; the error lists the names.
    public static func parse(_ text: String) throws(SimulatorError) -> Set<SimulatorVariation> {
        let name = text.trimmingCharacters(in: .whitespaces).lowercased()
        if name == "all" { return moneyPreserving }
        guard let variation = SimulatorVariation(rawValue: name) else {
            let names = allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalidConfiguration("unknown variation '\(text)' (one of: all, \(names))")
        }
        return [variation]
    }
}
