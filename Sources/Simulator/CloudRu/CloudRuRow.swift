import CostCore
import Foundation

/// One consumption row of the ground truth, as the API serves it (v2 fields included).
public struct CloudRuRow: Sendable, Hashable {
    /// `encode_id`: the stable row key (32 hex digits); restatements keep it.
    public let encodeID: String
    /// The project of the resource (not a field of the row; filterable via `project_ids`).
    public let projectID: String
    /// `resource_id`.
    public let resourceID: String
    /// `resource_name`.
    public let resourceName: String
    /// `servname`.
    public let service: String
    public let sku: String
    public let platform: String
    public let unit: String
    public let dmid: Int
    /// `usedate`: UTC midnight of the consumption day.
    public let usedate: Date
    /// `amount`: money without VAT, roubles.
    public let amount: Amount
    /// `amount_nds`: money with VAT, roubles.
    public let amountWithVAT: Amount
    /// `cost`: the tariff in roubles per unit (a rate, not money spent).
    public let cost: Amount
    /// `usefact`: the quantity in `unit`.
    public let quantity: Amount
    /// `updated_dt`: when the row was published or last restated.
    public let updatedAt: Date
    /// `is_delete`: deleted by a restatement (v2 serves such rows, v1 does not).
    public let isDeleted: Bool
}
