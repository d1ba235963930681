#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SimguideCore
import SimguideCurses
import SimguideExports
import SimguideStore

/// What `cards` and `due` share: reading and writing the card list with errors as `Failure`s, and each
/// card's status against the current flow.
enum KeptCards {
    static var store: CardStore { CardStore(environment: ProcessEnvironment.values) }

    static func load() throws -> CardStore.Contents {
        do { return try store.load() } catch let problem as CardStore.Problem { throw failure(problem) }
    }

    /// Saves the list, and rewrites the calendar `cards --ics` set up so it never shows an old deadline.
    static func save(_ contents: CardStore.Contents, flow: Flow, language: Language) throws {
        do { try store.save(contents) } catch let problem as CardStore.Problem { throw failure(problem) }
        if let calendar = contents.calendar {
            try writeCalendar(try entries(flow: flow, language: language), to: calendar, language: language)
        }
    }

    static func find(_ name: String, in cards: [SavedCard]) throws -> Int {
        do { return try CardStore.find(name, in: cards) } catch let problem as CardStore.Problem {
            throw Failure(code: Failure.usage, message: "simguide: \(problem)")
        }
    }

    /// Changes one card, saves the list, and says what the card's deadline is now.
    static func change(_ name: String, language: Language, flow: Flow, _ edit: (inout SavedCard) throws -> Void) throws {
        var contents = try load()
        let index = try find(name, in: contents.cards)
        try edit(&contents.cards[index])
        contents.cards[index].updated = SavedSession.timestamp()
        try save(contents, flow: flow, language: language)
        try Console.out(confirmation(contents.cards[index], flow: flow, language: language))
    }

    /// The wizard's view of the card list: every card with its status, and what its first screen can do.
    static func book(flow: Flow, language: Language) -> CardBook {
        func change(_ id: String, _ edit: (inout SavedCard) throws -> Void) throws {
            var contents = try load()
            let index = try find(id, in: contents.cards)
            try edit(&contents.cards[index])
            contents.cards[index].updated = SavedSession.timestamp()
            try save(contents, flow: flow, language: language)
        }
        return CardBook(
            entries: { try entries(flow: flow, language: language) },
            toppedUp: { id in try change(id) { try record(&$0, lastTopUp: CivilDate.today().description, expires: nil, flow: flow) } },
            expires: { id, day in try change(id) { try record(&$0, lastTopUp: nil, expires: day, flow: flow) } },
            remove: { id in
                var contents = try load()
                contents.cards.remove(at: try find(id, in: contents.cards))
                try save(contents, flow: flow, language: language)
            })
    }

    /// Adds a card from the wizard's "keep this card": a name already taken gets " 2", " 3"... Returns the
    /// name it was kept under.
    static func keep(name: String, answers: [(question: String, value: String)], lastTopUp: String?, expires: String?,
                     flow: Flow, language: Language) throws -> String {
        var contents = try load()
        var unique = name
        var counter = 1
        while contents.cards.contains(where: { $0.name == unique }) {
            counter += 1
            unique = "\(name) \(counter)"
        }
        let now = Date()
        var card = SavedCard(id: SavedSession.newID(now: now), name: unique,
                             answers: answers.map { SavedSession.Answer(question: $0.question, value: $0.value) },
                             added: SavedSession.timestamp(now))
        try record(&card, lastTopUp: lastTopUp, expires: expires, flow: flow)
        contents.cards.append(card)
        try save(contents, flow: flow, language: language)
        return unique
    }

    /// Records a top-up or an expiry date (one clears the other) with the validity rule now in force.
    static func record(_ card: inout SavedCard, lastTopUp: String?, expires: String?, flow: Flow) throws {
        for text in [lastTopUp, expires].compactMap({ $0 }) where CivilDate(text) == nil {
            throw Failure(code: Failure.usage, message: "simguide: '\(text)' is not a date; write it as YYYY-MM-DD, for example 2026-11-22")
        }
        card.lastTopUp = lastTopUp
        card.expires = expires
        var session = Session(flow: flow)
        session.replay(card.answers.map { ($0.question, $0.value) })
        card.ruleDays = flow.rules.first { $0.when.matches(session.answers) && $0.reminder != nil }?.reminder?.validDays
    }

    /// Every card with its status as of today.
    static func entries(flow: Flow, language: Language, within: Int = 30) throws -> [CardAgenda.Entry] {
        let today = CivilDate.today()
        return try load().cards.map { card in
            let answers = card.answers.map { (question: $0.question, value: $0.value) }
            let status = CardStatus(answers: answers, lastTopUp: card.lastTopUp.flatMap(CivilDate.init),
                                    expires: card.expires.flatMap(CivilDate.init), ruleDays: card.ruleDays,
                                    flow: flow, today: today, within: within)
            // The card's own answers; what it is for (renewal) and where the user is now go without saying.
            let situation = answers.filter { !["action", "abroad"].contains($0.question) }
                .compactMap { flow.question($0.question)?.option($0.value)?.label.text(language) }.joined(separator: " · ")
            return CardAgenda.Entry(id: card.id, name: card.name, situation: situation, answers: answers,
                                    lastTopUp: card.lastTopUp, expires: card.expires, status: status)
        }
    }

    static func writeCalendar(_ entries: [CardAgenda.Entry], to path: String, language: Language) throws {
        let dated = CardAgenda.ranked(entries).compactMap { entry in
            entry.status.deadline.map { (id: entry.id, name: entry.name, situation: entry.situation, deadline: $0) }
        }
        try OutputTargets.write(ReminderCalendar(language: language).render(cards: dated, stamp: ReminderCalendar.stamp()), to: path)
    }

    static func confirmation(_ card: SavedCard, flow: Flow, language: Language) throws -> String {
        let entry = try entries(flow: flow, language: language).first { $0.id == card.id }
        return entry.map { CardAgenda(language: language).text([$0]) } ?? ""
    }

    private static func failure(_ problem: CardStore.Problem) -> Failure {
        Failure(code: Failure.failedWrite, message: "simguide: \(problem)")
    }
}
