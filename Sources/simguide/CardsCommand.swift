import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SimguideCore
import SimguideExports
import SimguideStore

/// `simguide cards`: the SIM cards a person keeps, ranked by their next deadline; subcommands add one,
/// record a top-up or a new expiry date, remove one; `--ics` writes one calendar with every deadline.
struct CardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cards",
        abstract: "The SIM cards you keep, ranked by their next renewal deadline.",
        discussion: """
        Cards are kept in $XDG_STATE_HOME/simguide/cards.json (by default ~/.local/state/simguide/cards.json). \
        Deadlines are the operator's calendar days; 'today' is your own. See also 'simguide due' for cron.
        """,
        subcommands: [List.self, Add.self, ToppedUp.self, Expires.self, Remove.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the cards, most urgent first.")

        @OptionGroup var options: CommonOptions

        @Option(name: .long, help: "Output format: text or json.")
        var format: ListFormat = .text

        @Option(name: .long, help: ArgumentHelp("Also write one calendar (iCalendar) with every card's renew-by day to this file.", valueName: "path"))
        var ics: String?

        func run() throws {
            let flow = try options.loadCheckedFlow()
            if let ics {
                try OutputTargets.check([.init(option: "--ics", path: ics)], flowFiles: flow.files)
                var contents = try KeptCards.load()
                // Kept as an absolute path: later changes rewrite it from wherever they are run.
                contents.calendar = ics.hasPrefix("/") || ics == "-" ? ics : FileManager.default.currentDirectoryPath + "/" + ics
                try KeptCards.save(contents, flow: flow, language: options.language)
            }
            let entries = try KeptCards.entries(flow: flow, language: options.language)
            let agenda = CardAgenda(language: options.language)
            try Console.out(format == .json ? agenda.json(entries) : agenda.text(entries))
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Keep a card: the answers of its renewal plan, a name, and its last top-up or expiry date.")

        @OptionGroup var options: CommonOptions

        @Option(name: .long, help: ArgumentHelp("An answer, as question=value (repeat for each question).", valueName: "question=value"))
        var answer: [String] = []

        @Option(name: .long, help: ArgumentHelp("A name for the card, such as \"法国 Free 备用号\" or the last four digits.", valueName: "name"))
        var name: String

        @Option(name: .customLong("last-top-up"), help: ArgumentHelp("The day of the last top-up.", valueName: "YYYY-MM-DD"))
        var lastTopUp: String?

        @Option(name: .long, help: ArgumentHelp("The expiry date the operator shows.", valueName: "YYYY-MM-DD"))
        var expires: String?

        func run() throws {
            let flow = try options.loadCheckedFlow()
            let session = try AnswerReplay.session(flow: flow, answers: try AnswerReplay.parse(answer, flow: flow), language: options.language)
            guard session.answers["action"] == "renew" else {
                throw Failure(code: Failure.usage, message: "simguide: a kept card is a card you renew: give --answer action=renew and the rest of its answers")
            }
            guard lastTopUp == nil || expires == nil else {
                throw Failure(code: Failure.usage, message: "simguide: give --last-top-up or --expires, not both")
            }
            let trimmed = name.trimmingSpaces()
            guard !trimmed.isEmpty else { throw Failure(code: Failure.usage, message: "simguide: --name cannot be empty") }
            var contents = try KeptCards.load()
            guard !contents.cards.contains(where: { $0.name == trimmed }) else {
                throw Failure(code: Failure.usage, message: "simguide: \(CardStore.Problem.nameTaken(trimmed))")
            }
            let now = Date()
            var card = SavedCard(id: SavedSession.newID(now: now), name: trimmed,
                                 answers: session.history.compactMap { id in session.answers[id].map { SavedSession.Answer(question: id, value: $0) } },
                                 added: SavedSession.timestamp(now))
            try KeptCards.record(&card, lastTopUp: lastTopUp, expires: expires, flow: flow)
            contents.cards.append(card)
            try KeptCards.save(contents, flow: flow, language: options.language)
            try Console.out(KeptCards.confirmation(card, flow: flow, language: options.language))
        }
    }

    struct ToppedUp: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "topped-up", abstract: "Record a top-up (today by default).")

        @OptionGroup var options: CommonOptions

        @Argument(help: "The card's name (or the start of it).")
        var name: String

        @Option(name: .long, help: ArgumentHelp("The day of the top-up, if not today.", valueName: "YYYY-MM-DD"))
        var on: String?

        func run() throws {
            let flow = try options.loadCheckedFlow()
            try KeptCards.change(name, language: options.language, flow: flow) { card in
                try KeptCards.record(&card, lastTopUp: on ?? CivilDate.today().description, expires: nil, flow: flow)
            }
        }
    }

    struct Expires: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record the expiry date the operator shows now.")

        @OptionGroup var options: CommonOptions

        @Argument(help: "The card's name (or the start of it).")
        var name: String

        @Argument(help: ArgumentHelp("The expiry date the operator shows.", valueName: "YYYY-MM-DD"))
        var date: String

        func run() throws {
            let flow = try options.loadCheckedFlow()
            try KeptCards.change(name, language: options.language, flow: flow) { card in
                try KeptCards.record(&card, lastTopUp: nil, expires: date, flow: flow)
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop keeping a card (it is removed from the list).")

        @OptionGroup var options: CommonOptions

        @Argument(help: "The card's name (or the start of it).")
        var name: String

        func run() throws {
            let flow = try options.loadCheckedFlow()
            var contents = try KeptCards.load()
            let index = try KeptCards.find(name, in: contents.cards)
            let removed = contents.cards.remove(at: index)
            try KeptCards.save(contents, flow: flow, language: options.language)
            try Console.out(options.language.text(.cliCardRemoved, ["name": removed.name]))
        }
    }

    enum ListFormat: String, ExpressibleByArgument, CaseIterable { case text, json }
}

/// `simguide due [--within DAYS]`: what needs renewing soon, for a login script or cron; exits 1 when a
/// card is overdue or due within the window.
struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "List the cards to renew soon; exit code 1 when one is due (for cron or a login script).",
        discussion: """
        Exit 0 when nothing is due within the window, 1 when a card is overdue or due within it. Cards with \
        no known date are listed but do not fail. Example crontab line (09:00 every day):
          0 9 * * * simguide due --within 14 || notify-send "simguide: a SIM card needs renewing"
        """)

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Days ahead that count as due (default 30).", valueName: "days"))
    var within: Int = 30

    func run() throws {
        guard within >= 0 else { throw Failure(code: Failure.usage, message: "simguide: --within must be 0 or more days") }
        let flow = try options.loadCheckedFlow()
        let entries = try KeptCards.entries(flow: flow, language: options.language, within: within)
        let due = entries.filter { $0.status.urgency == .overdue || $0.status.urgency == .dueSoon }
        let unknown = entries.filter { $0.status.urgency == .unknown }
        let agenda = CardAgenda(language: options.language)
        if due.isEmpty {
            try Console.out(options.language.text(.cliNothingDue, ["within": within]))
            if !unknown.isEmpty { try Console.out(agenda.text(unknown)) }
            return
        }
        try Console.out(agenda.text(due + unknown))
        throw ExitCode(Failure.lintErrors)
    }
}
