import CostCore

/// A server plan of the simulated account, billed by the hour (`plan` in billing rows).
public struct SeewebPlan: Hashable, Sendable {
    /// The plan name, e.g. `ECS1`.
    public let name: String
    /// The list price per hour in ten-thousandths of a euro (ECS1: 170, i.e. 0.0170 EUR).
    let hourlyTenThousandths: Int64

    /// The list price of one hour, in EUR.
    public var hourlyPrice: Amount { Amount(minorUnits: hourlyTenThousandths, decimals: 4) }

    /// 1 vCPU, 1 GB: 0.017 EUR an hour, as Seeweb lists it.
    static let ecs1 = SeewebPlan(name: "ECS1", hourlyTenThousandths: 170)
    /// 2 vCPU, 2 GB.
    static let ecs2 = SeewebPlan(name: "ECS2", hourlyTenThousandths: 340)
    /// 4 vCPU, 8 GB.
    static let ecs4 = SeewebPlan(name: "ECS4", hourlyTenThousandths: 680)
    /// 8 vCPU, 16 GB.
    static let ecs8 = SeewebPlan(name: "ECS8", hourlyTenThousandths: 1_360)
    /// A cloud server with an NVIDIA A100: 3 EUR an hour.
    static let gpuA100 = SeewebPlan(name: "GPU-A100", hourlyTenThousandths: 30_000)
}
