import Foundation
import TerminalKit
import Testing

@testable import ThemeFiles

@Suite("Theme files")
struct ThemeFilesTests {
    static let themesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Themes")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: themesDirectory.path)) ?? []).filter {
            $0.hasSuffix(".toml")
        }.sorted()
    }

    @Test func theRequiredThemesExist() {
        #expect(
            Set(Self.files).isSuperset(of: [
                "dark.toml", "light.toml", "high-contrast.toml", "monochrome.toml", "terminal.toml",
            ]))
    }

    @Test(arguments: files)
    func everyFileLoadsAndIsCompiledIn(file: String) throws {
        let text = try String(contentsOf: Self.themesDirectory.appendingPathComponent(file), encoding: .utf8)
        let name = String(file.dropLast(5))
        let theme = try ThemeParser.parse(text, source: file)
        #expect(theme.name == name)
        #expect(
            BuiltinThemeSources.all[name] == text.trimmingCharacters(in: .newlines),
            "Themes/\(file) differs from its copy in Sources/ThemeFiles/BuiltinThemeSources.swift: copy the file's text there"
        )
        #expect(try ThemeCatalog(userDirectory: nil).theme(named: name) == theme)
    }

    @Test func everyBuiltInThemeHasAFile() {
        #expect(Set(BuiltinThemeSources.all.keys.map { "\($0).toml" }) == Set(Self.files))
    }

    @Test func colourThemesGiveTheKeyRolesDistinctLooks() throws {
        for name in ["dark", "light", "high-contrast", "terminal"] {
            let theme = try ThemeCatalog(userDirectory: nil).theme(named: name)
            #expect(theme.colors(for: .selection) != theme.colors(for: .text), "\(name)")
            #expect(theme.colors(for: .focusedBorder) != theme.colors(for: .border), "\(name)")
            #expect(theme.colors(for: .error) != theme.colors(for: .text), "\(name)")
        }
    }

    @Test func theDarkFileMatchesTheBuiltInFallback() throws {
        #expect(try ThemeCatalog(userDirectory: nil).theme(named: "dark") == Theme.dark)
    }

    @Test func colourSyntax() throws {
        let theme = try ThemeParser.parse(
            """
            name = "t"
            [roles]
            text = { fg = "#ff8000", bg = "bright-blue" }
            muted = { fg = 7, bold = true, reverse = true }
            bar = { fg = "default" }
            """, source: "t.toml")
        #expect(theme.colors(for: .text) == RoleColors(foreground: .rgb(255, 128, 0), background: .ansi(12)))
        #expect(theme.colors(for: .muted) == RoleColors(foreground: .indexed(7), bold: true, reverse: true))
        #expect(theme.colors(for: .bar) == RoleColors())
    }

    @Test(arguments: [
        ("name = \"t\"\n[roles]\nbogus = { fg = 1 }", "unknown role 'bogus'"),
        ("name = \"t\"\n[roles]\ntext = { fg = 300 }", "text.fg: palette index 300"),
        ("name = \"t\"\n[roles]\ntext = { fg = \"chartreuse\" }", "text.fg: expected"),
        ("name = \"t\"\n[roles]\ntext = { underline = true }", "unknown key 'text.underline'"),
        ("name = \"t\"\n[roles]\ntext = { bold = \"yes\" }", "text.bold must be true or false"),
        ("[roles]\n", "missing `name"),
        ("name = \"t\"\n", "missing the [roles] table"),
        ("name = \"t\"\n[roles\ntext = 1", "line 2"),
    ])
    func badFilesGivePreciseErrors(text: String, expected: String) {
        do {
            _ = try ThemeParser.parse(text, source: "bad.toml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
            #expect(error.description.hasPrefix("theme bad.toml"))
        }
    }

    @Test func userThemesOverrideBuiltInOnes() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "name = \"dark\"\n[roles]\ntext = { fg = 1 }\n".write(
            to: directory.appendingPathComponent("dark.toml"), atomically: true, encoding: .utf8)
        try "name = \"mine\"\n[roles]\n".write(
            to: directory.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(userDirectory: directory)
        #expect(try catalog.theme(named: "dark").colors(for: .text).foreground == .indexed(1))
        #expect(catalog.names.contains("mine"))
        #expect(throws: ThemeFileError.self) { try catalog.theme(named: "nope") }
    }

    @Test func aNulByteOrInvalidUTF8InAUserThemeIsRefusedWhereItIs() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // A parser in C would stop at the NUL and load a theme without the roles after it.
        let nul = directory.appendingPathComponent("nul.toml")
        try Data(Array("name = \"nul\"\n[roles]\ntext = { fg = 1 } ".utf8) + [0] + Array("\nbar = { fg = 2 }\n".utf8))
            .write(to: nul)
        let invalid = directory.appendingPathComponent("latin1.toml")
        try Data(Array("name = \"caf".utf8) + [0xE9] + Array("\"\n[roles]\n".utf8)).write(to: invalid)
        let catalog = ThemeCatalog(userDirectory: directory)
        #expect(
            throws: ThemeFileError(
                source: nul.path, line: 3, message: "column 19: a NUL byte; a theme file must be plain UTF-8 text")
        ) {
            try catalog.theme(named: "nul")
        }
        #expect(
            throws: ThemeFileError(
                source: invalid.path, line: 1,
                message: "column 12: bytes that are not UTF-8; a theme file must be plain UTF-8 text")
        ) { try catalog.theme(named: "latin1") }
    }
}
