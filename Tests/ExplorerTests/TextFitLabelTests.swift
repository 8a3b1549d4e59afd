import Explorer
import TerminalKit
import Testing

@Suite("Fitting row labels that carry an origin")
struct TextFitLabelTests {
    @Test func theOriginStaysWholeAndTheNameIsCut() {
        let fitted = TextFit.label("Бухгалтерия · cloudru-demo", width: 20)
        #expect(fitted == "Бу…ия · cloudru-demo")
        #expect(DisplayWidth.of(fitted) <= 20)
    }

    @Test func aLongOriginLeavesTheNameAThirdOfTheRoom() {
        let fitted = TextFit.label("(unassigned) · F5 Distributed Cloud", width: 19)
        #expect(DisplayWidth.of(fitted) == 19)
        #expect(fitted.hasPrefix("(u"))
        #expect(fitted.contains(" · F5"))
    }

    @Test func labelsThatFitOrHaveNoOriginAreCutAsBefore() {
        #expect(TextFit.label("Бухгалтерия · cloud", width: 40) == "Бухгалтерия · cloud")
        #expect(TextFit.label("Интернет-магазин", width: 9) == TextFit.middle("Интернет-магазин", width: 9))
    }
}
