import CostCore
import Foundation

/// One row of Cloud.ru's consumption answer: a day's use of one SKU by one resource.
///
/// `cost` on the wire is the tariff (price per unit), not money spent; it is kept as
/// ``tariff`` and never summed.
public struct CloudRuConsumptionRow: Sendable, Equatable {
    /// `dog_id`: the agreement (contract) number.
    public var agreement: String?
    /// `dmid`: the platform connection the row was billed through.
    public var dmid: String?
    /// `sku`: the billed item.
    public var sku: String
    /// `servname`: the service.
    public var serviceName: String
    /// `resource_id`.
    public var resourceID: String?
    /// `resource_name`.
    public var resourceName: String?
    /// `usedate`: the UTC day the use happened.
    public var useDate: Date
    /// `amount`: money without VAT.
    public var amount: Amount
    /// `amount_nds`: money with VAT (what is debited).
    public var amountWithVAT: Amount
    /// `cost`: the tariff per unit.
    public var tariff: Amount?
    /// `unit` of ``quantity``.
    public var unit: String?
    /// `usefact`: the quantity used.
    public var quantity: Amount?
    public var platform: String?
    /// `meta.availability_zone`, when given.
    public var availabilityZone: String?
    /// Every `meta` key with a text value (numbers and booleans as written), in answer order.
    public var meta: [CloudRuMetaField]
    /// v2 `encode_id`: the stable row key that restatements keep.
    public var encodeID: String?
    /// v2 `updated_dt`: when the row was published or last restated.
    public var updatedAt: Date?
    /// v2 `is_delete`: a restatement removed the row.
    public var isDeleted: Bool

    public init(
        agreement: String? = nil, dmid: String? = nil, sku: String, serviceName: String, resourceID: String? = nil,
        resourceName: String? = nil, useDate: Date, amount: Amount, amountWithVAT: Amount, tariff: Amount? = nil,
        unit: String? = nil, quantity: Amount? = nil, platform: String? = nil, availabilityZone: String? = nil,
        meta: [CloudRuMetaField] = [], encodeID: String? = nil, updatedAt: Date? = nil, isDeleted: Bool = false
    ) {
        self.agreement = agreement
        self.dmid = dmid
        self.sku = sku
        self.serviceName = serviceName
        self.resourceID = resourceID
        self.resourceName = resourceName
        self.useDate = useDate
        self.amount = amount
        self.amountWithVAT = amountWithVAT
        self.tariff = tariff
        self.unit = unit
        self.quantity = quantity
        self.platform = platform
        self.availabilityZone = availabilityZone
        self.meta = meta
        self.encodeID = encodeID
        self.updatedAt = updatedAt
        self.isDeleted = isDeleted
    }
}
