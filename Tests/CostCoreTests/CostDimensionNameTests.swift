import CostCore
import Testing

@Suite("Dimension names")
struct CostDimensionNameTests {
    @Test(arguments: [
        ("project", CostDimension.project), ("OBJECT", .object), ("resource", .object), ("sku", .metric),
        ("vm", .object), ("group", .project), ("server", .object), ("plan", .service), ("item", .metric),
    ])
    func providersOwnNamesMapToTheSharedDimensions(name: String, expected: CostDimension) {
        #expect(CostDimension(name: name) == expected)
    }

    @Test func unknownNamesAreRefused() {
        #expect(CostDimension(name: "colour") == nil)
        #expect(CostDimension.allNames.contains("sku"))
    }
}
