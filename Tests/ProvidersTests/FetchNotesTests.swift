import CostCore
import Providers
import Synchronization
import Testing

@Suite("Fetch notes: warnings and fallbacks, once per run")
struct FetchNotesTests {
    @Test func aNoteIsKeptOnceAndHeardOnce() {
        let heard = Mutex<[String]>([])
        let notes = FetchNotes()
        notes.listen { note in heard.withLock { $0.append(note.description) } }
        let note = AccountNotes(provider: .cloudru, account: "prod", notes: notes)
        note.fallback("the v2 path answered 404; read through v1 instead")
        note.fallback("the v2 path answered 404; read through v1 instead")
        note.warn("consumptions[3].usefact: 'n/a' is not a number; the quantity was left out")

        #expect(notes.all.map(\.kind) == [.fallback, .warning])
        #expect(heard.withLock { $0 }.count == 2)
        #expect(heard.withLock { $0 }.first == "prod: the v2 path answered 404; read through v1 instead")
    }

    @Test func notesAreKeptPerAccountAndProvider() {
        let notes = FetchNotes()
        AccountNotes(provider: .selectel, account: "a", notes: notes).fallback("same words")
        AccountNotes(provider: .selectel, account: "b", notes: notes).fallback("same words")
        #expect(notes.notes(for: "a").count == 1)
        #expect(notes.notes(for: "b").count == 1)
        #expect(notes.all.count == 2, "the same sentence about two accounts is two notes")
    }

    @Test func withoutAListenerNotesAreOnlyKept() throws {
        let notes = FetchNotes()
        var account = SelectelAccount(
            name: "main", endpoint: try Endpoint("https://api.selectel.ru"), token: Secret("a-long-test-token"))
        account.notes = notes
        account.note.warn("data[0].period: '2026-13-01' is not a date")
        #expect(notes.notes(for: "main").map(\.provider) == [.selectel])
    }

    @Test func aFloodOfNotesAboutOneAccountEndsWithOneThatSaysSo() {
        let notes = FetchNotes()
        let note = AccountNotes(provider: .onapp, account: "panel", notes: notes)
        for row in 0..<500 { note.warn("rows[\(row)].label: not text; left empty") }
        AccountNotes(provider: .onapp, account: "other", notes: notes).warn("one")

        let kept = notes.notes(for: "panel")
        #expect(kept.count == FetchNotes.limitPerAccount + 1)
        #expect(kept.last?.message == "more than 20 notes in this run; the rest are left out")
        #expect(notes.notes(for: "other").count == 1, "another account still has its say")
    }

    @Test func notesOfOneTopicAreKeptOnceTheFirstNamingItsExample() {
        let notes = FetchNotes()
        let note = AccountNotes(provider: .f5xc, account: "tenant", notes: notes)
        for day in 1...9 {
            note.warn("a line of day \(day) lies outside its window (the first of such lines)", topic: "outside")
        }
        note.warn("another kind of odd value", topic: "other")
        #expect(
            notes.all.map(\.message) == [
                "a line of day 1 lies outside its window (the first of such lines)", "another kind of odd value",
            ])
    }
}
