import Testing

@Suite("Headless snapshots show the strip of the selected row")
struct HeadlessSettleTests {
    @Test func afterTheKeysTheStripShowsTheSelectedRowsSeries() throws {
        let result = try Binary.run([
            "demo", "--now", "2026-11-20", "--account", "selectel-demo", "--snapshot", "100x30", "--keys", "down",
            "--color", "never",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        // The second project is selected; the strip caught up with it once the keys stopped.
        #expect(result.stdout.contains("▶ production"), "\(result.stdout)")
        #expect(result.stdout.contains("cost › production"), "\(result.stdout)")
    }
}
