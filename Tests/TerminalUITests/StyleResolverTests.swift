import TerminalKit
import Testing

@testable import TerminalUI

@Suite("Style resolution and colour pairs")
struct StyleResolverTests {
    @Test("the dark theme's error role is bold bright red on 16 colours")
    func errorRole() {
        let resolver = StyleResolver(theme: .dark, depth: .sixteen)
        #expect(resolver.resolve(Style(.error)) == ResolvedStyle(foreground: 9, background: -1, bold: true))
    }

    @Test("view attributes add to the theme's")
    func attributesCombine() {
        let resolver = StyleResolver(theme: .dark, depth: .palette256)
        let resolved = resolver.resolve(Style(.muted, bold: true, underline: true))
        #expect(resolved == ResolvedStyle(foreground: 245, background: -1, bold: true, underline: true))
    }

    @Test("without colour a highlighted background becomes reverse video")
    func monochromeHighlight() {
        let resolver = StyleResolver(theme: .dark, depth: .none)
        #expect(resolver.resolve(Style(.selection)) == ResolvedStyle(bold: true, reverse: true))
        #expect(resolver.resolve(Style(.title)) == ResolvedStyle(bold: true, reverse: true))
        #expect(resolver.resolve(Style(.bar)) == ResolvedStyle())
    }

    @Test("a dark highlight that degrades to black becomes reverse video on 16 colours")
    func darkHighlightOnSixteen() {
        let resolver = StyleResolver(theme: .dark, depth: .sixteen)
        // selection: 255 on 237 → white, background black → reverse instead.
        let selection = resolver.resolve(Style(.selection))
        #expect(selection == ResolvedStyle(foreground: 7, background: -1, bold: true, reverse: true))
        // An explicit ANSI black background is the theme's choice and stays.
        let explicit = Theme(name: "t", roles: [.selection: RoleColors(foreground: .ansi(7), background: .ansi(0))])
        let kept = StyleResolver(theme: explicit, depth: .sixteen).resolve(Style(.selection))
        #expect(kept == ResolvedStyle(foreground: 7, background: 0))
    }

    @Test("pairs are allocated once per colour combination and reused")
    func pairAllocation() {
        var table = ColorPairTable(capacity: 4, defaultColors: true)
        #expect(table.pair(foreground: -1, background: -1).number == 0)
        let first = table.pair(foreground: 9, background: -1)
        #expect(first.number == 1)
        #expect(first.definition == ColorPairDefinition(number: 1, foreground: 9, background: -1))
        let again = table.pair(foreground: 9, background: -1)
        #expect(again.number == 1 && again.definition == nil)
        #expect(table.pair(foreground: 10, background: -1).number == 2)
        #expect(table.pair(foreground: 11, background: -1).number == 3)
        // Out of pairs: fall back to the default pair.
        #expect(table.pair(foreground: 12, background: -1).number == 0)
        #expect(table.allocatedCount == 3)
    }

    @Test("without default colours, -1 becomes white on black (pair 0)")
    func noDefaultColors() {
        var table = ColorPairTable(capacity: 64, defaultColors: false)
        #expect(table.pair(foreground: -1, background: -1).number == 0)
        let red = table.pair(foreground: 1, background: -1)
        #expect(red.definition == ColorPairDefinition(number: 1, foreground: 1, background: 0))
    }
}
