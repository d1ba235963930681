import Foundation
import Testing
import SimguideCore
import SimguideExports
@testable import SimguideCurses

/// The first screen lists the cards a person keeps, most urgent first, and acts on the focused one.
@Suite struct CardListTests {
    let wizard = WizardAppTests()

    /// An in-memory card list, as the command line's would be.
    final class Book: @unchecked Sendable {
        var cards: [(id: String, name: String, answers: [(question: String, value: String)], expires: String?, lastTopUp: String?)]
        var calls: [String] = []
        let flow: Flow

        init(flow: Flow) {
            self.flow = flow
            let renewHK: [(question: String, value: String)] = [("action", "renew"), ("region", "hk"), ("carrier", "csl"), ("card_type", "keep"), ("abroad", "yes")]
            let renewFR: [(question: String, value: String)] = [("action", "renew"), ("region", "fr"), ("carrier", "orange"), ("card_type", "keep"), ("abroad", "yes")]
            cards = [("fr", "FR Orange 1234", renewFR, "2027-06-01", nil), ("hk", "HK csl 5678", renewHK, "2026-11-20", nil)]
        }

        var book: CardBook {
            CardBook(
                entries: { [self] in
                    cards.map { card in
                        let status = CardStatus(answers: card.answers, lastTopUp: card.lastTopUp.flatMap(CivilDate.init),
                                                expires: card.expires.flatMap(CivilDate.init), ruleDays: nil, flow: flow,
                                                today: CivilDate("2026-11-24") ?? CivilDate.today())
                        return CardAgenda.Entry(id: card.id, name: card.name, situation: card.answers.map(\.value).joined(separator: " · "),
                                                answers: card.answers, lastTopUp: card.lastTopUp, expires: card.expires, status: status)
                    }
                },
                toppedUp: { [self] id in calls.append("topped-up \(id)") },
                expires: { [self] id, day in
                    calls.append("expires \(id) \(day)")
                    if let index = cards.firstIndex(where: { $0.id == id }) { cards[index].expires = day }
                },
                remove: { [self] id in
                    calls.append("remove \(id)")
                    cards.removeAll { $0.id == id }
                })
        }
    }

    private func start(_ language: Language, rows: Int = 24, columns: Int = 80) throws -> (WizardApp, GridTerminal, Book) {
        let app = try wizard.app(language)
        let book = Book(flow: app.session.flow)
        app.cards = book.book
        app.offerCards(thenSessions: [])
        let terminal = GridTerminal(rows: rows, columns: columns)
        app.draw(on: terminal)
        return (app, terminal, book)
    }

    @Test func theMostUrgentCardComesFirstAndEnterOpensItsPlanWithTheExpiry() throws {
        let (app, terminal, _) = try start(.en)
        let screen = terminal.snapshot()
        #expect(screen.contains("Your cards"))
        let overdue = try #require(screen.range(of: "HK csl 5678")), fine = try #require(screen.range(of: "FR Orange 1234"))
        #expect(overdue.lowerBound < fine.lowerBound, "overdue first")
        #expect(screen.contains("overdue"))
        wizard.press([.enter], app, terminal)
        #expect(app.mode == .plan)
        #expect(app.session.answers["carrier"] == "csl")
        #expect(terminal.snapshot().contains("Renewal deadline"), "the plan shows the card's expiry: \(terminal.snapshot())")
    }

    @Test func aTopUpANewExpiryAndARemovalAreRecorded() throws {
        let (app, terminal, book) = try start(.en)
        wizard.press([.character("t")], app, terminal)
        #expect(book.calls == ["topped-up hk"])
        #expect(terminal.snapshot().contains("Top-up recorded for today."))
        wizard.press([.character("e")] + wizard.typing("2027/5/3") + [.enter], app, terminal)
        #expect(book.calls.last == "expires hk 2027-05-03")
        #expect(terminal.snapshot().contains("Expiry 2027-05-03 recorded."))
        wizard.press([.character("e")] + wizard.typing("2027-02-30") + [.enter], app, terminal)
        #expect(terminal.snapshot().contains("has 28 days"), "an impossible date is refused with the reason")
        wizard.press([.character("x"), .character("n")], app, terminal)
        #expect(!book.calls.contains { $0.hasPrefix("remove") }, "any key but y keeps it")
        wizard.press([.character("x"), .character("y")], app, terminal)
        #expect(book.calls.contains { $0.hasPrefix("remove") })
        #expect(book.cards.count == 1)
    }

    @Test func aCancellationStartsFromTheCardAndEscStartsAfresh() throws {
        let (app, terminal, _) = try start(.zh)
        wizard.press([.character("c")], app, terminal)
        #expect(app.listingCards == nil)
        #expect(app.session.answers["action"] == "cancel")
        #expect(app.session.answers["carrier"] == "csl")
        let (fresh, freshTerminal, _) = try start(.zh)
        wizard.press([.escape], fresh, freshTerminal)
        #expect(fresh.listingCards == nil)
        #expect(fresh.session.history.isEmpty, "starts afresh at the first question")
    }

    @Test func theListFitsAt40x12InEveryLanguage() throws {
        for language in Language.allCases {
            let (app, terminal, _) = try start(language, rows: 12, columns: 40)
            #expect(terminal.snapshot().contains("csl 5678"), "a long line wraps inside the box")
            #expect(terminal.snapshot().contains("Esc"))
            wizard.assertNoOverflow(terminal)
            wizard.press([.down], app, terminal)
            #expect(terminal.snapshot().contains("› "), "the focus moved and is shown")
            wizard.assertNoOverflow(terminal)
        }
    }
}
