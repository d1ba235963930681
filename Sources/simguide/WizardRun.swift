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
import SimguideCurses
import SimguideExports
import SimguideLine
import SimguideStore

/// One run of the wizard with its options as plain values: built by `WizardCommand` from what
/// ArgumentParser parsed, or directly by `PlainWizardArguments` for the invocations that need no parser.
struct WizardRun {
    var choice: FlowChoice
    var plain = false
    var resume = false
    var session: String?
    var noSave = false
    var noMouse = false
    /// `--answer` and `--answers`; nil when the parser did not run (then none were given).
    var answers: AnswerOptions?

    func run() throws {
        let flow = try choice.loadCheckedFlow()
        if let answers, !answers.isEmpty, resume || session != nil {
            throw Failure(code: Failure.usage, message: "simguide: --answer and --answers start a new session; they cannot be combined with --resume or --session")
        }
        let prefilled = try AnswerReplay.prefix(flow: flow, answers: try answers?.given(flow: flow, language: choice.language) ?? [:],
                                                language: choice.language)
        let environment = ProcessEnvironment.values
        let onTerminal = isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 && environment["TERM"] != "dumb"
        if !plain && onTerminal {
            // The session is found before the full screen starts, so an error (nothing to resume, an
            // unknown id) is printed on a terminal left as it was.
            let store = SessionStore(environment: environment)
            let listing = noSave ? (sessions: [], setAside: []) : store.list()
            SessionReport.setAside(listing.setAside)
            let keeper = noSave ? nil : try keeper(store: store, sessions: listing.sessions, flow: flow)
            let terminal = CursesTerminal()
            terminal.tracksMouse = !noMouse
            do {
                try terminal.start(environment: environment)
            } catch let failure as CursesTerminal.StartFailure {
                terminal.stop()
                Console.error("simguide: full screen unavailable (\(failure)); using line mode\n")
                try runLineMode(flow: flow, keeper: keeper?.0)
                return
            }
            defer { terminal.stop() }
            try runFullScreen(flow: flow, terminal: terminal, keeper: keeper, setAside: listing.setAside.map(\.file), prefilled: prefilled)
            return
        }
        if let answers, !answers.isEmpty {
            Console.error("simguide: answers are pre-filled only in full screen; line mode asks every question (or use 'simguide plan')\n")
        }
        // Line mode saves when a person types (input from a terminal) or a session is asked for; piped
        // input from a script leaves no session behind.
        var keeper: SessionKeeper?
        if !noSave && (isatty(STDIN_FILENO) != 0 || resume || session != nil) {
            let store = SessionStore(environment: environment)
            let listing = store.list()
            SessionReport.setAside(listing.setAside)
            keeper = try self.keeper(store: store, sessions: listing.sessions, flow: flow).0
        }
        try runLineMode(flow: flow, keeper: keeper)
    }

    private func runFullScreen(flow: Flow, terminal: CursesTerminal, keeper: (SessionKeeper, [SavedSession])?,
                               setAside: [String], prefilled: [(question: String, value: String)]) throws {
        let app = WizardApp(flow: flow, language: choice.language)
        app.noteSetAside(setAside)
        if keeper != nil {
            app.cards = KeptCards.book(flow: flow, language: choice.language)
            // Weak: the app owns this closure, and the session lock is released when the app goes away.
            let language = choice.language
            app.keepCard = { [weak app] name, answers, lastTopUp, expires in
                try KeptCards.keep(name: name, answers: answers, lastTopUp: lastTopUp, expires: expires, flow: flow,
                                   language: app?.language ?? language)
            }
        }
        if let (keeper, others) = keeper {
            if let saved = keeper.record.answers.isEmpty ? nil : keeper.record {
                app.restore(saved)
            } else if prefilled.isEmpty {
                app.offerCards(thenSessions: others)
            }
            app.keeper = keeper
        }
        if !prefilled.isEmpty {
            app.restore(SavedSession(id: SavedSession.newID(), created: SavedSession.timestamp(), flowVersion: flow.version,
                                     language: choice.language.rawValue,
                                     answers: prefilled.map { SavedSession.Answer(question: $0.question, value: $0.value) }))
        }
        app.findPrinter = { LinePrinter.find(environment: ProcessEnvironment.values).map { printer in { try printer.print($0) } } }
        let outcome = app.run(on: terminal)
        terminal.stop()
        // Leave the plan in the terminal's scrollback, where it can be read and copied after quitting.
        if case .quit(sawPlan: true) = outcome, let actions = app.planActions {
            try Console.out(actions.text(width: TerminalSize.columns()))
        }
        if case .quit = outcome, let record = app.keeper?.record, !record.answers.isEmpty {
            try Console.out(resumeHint(record.id, language: app.language))
        }
        if outcome == .interrupted, terminal.endingSignal != 0 {
            throw ExitCode(128 + terminal.endingSignal)
        }
    }

    /// The keeper for this run: the session asked for with --resume or --session, or a new one; and, for
    /// a new one, the saved sessions to offer instead.
    private func keeper(store: SessionStore, sessions: [SavedSession], flow: Flow) throws -> (SessionKeeper, [SavedSession]) {
        let (keeper, others) = try unlockedKeeper(store: store, sessions: sessions, flow: flow)
        do {
            try keeper.takeLock()
        } catch {
            throw Failure(code: Failure.usage, message: "simguide: \(error)")
        }
        return (keeper, others)
    }

    private func unlockedKeeper(store: SessionStore, sessions: [SavedSession], flow: Flow) throws -> (SessionKeeper, [SavedSession]) {
        if let id = session {
            let found = try SessionReport.find(id, in: store)
            do {
                return (SessionKeeper(store: store, record: try store.load(id: found.id)), [])
            } catch {
                throw Failure(code: Failure.failedWrite, message: "simguide: \(error)")
            }
        }
        if resume {
            guard let latest = sessions.first else {
                throw Failure(code: Failure.usage, message: "simguide: " + choice.language.text(.cliNothingToResume, ["directory": store.directory]))
            }
            return (SessionKeeper(store: store, record: latest), [])
        }
        return (SessionKeeper(store: store, flow: flow, language: choice.language), sessions)
    }

    private func runLineMode(flow: Flow, keeper: SessionKeeper?) throws {
        // The cards the user keeps come first, as on the full screen (simguide cards acts on them).
        if !noSave, let entries = try? KeptCards.entries(flow: flow, language: choice.language), !entries.isEmpty {
            try Console.out(choice.language.text(.cliYourCards)
                            + CardAgenda(language: choice.language).text(entries) + "\n")
        }
        // A failed write ends the wizard (no more input is read) and the command, with exit code 4.
        var writeFailure: Failure?
        var wizard = LineWizard(
            flow: flow, language: choice.language, width: TerminalSize.columns(),
            readLine: { writeFailure == nil ? Swift.readLine(strippingNewline: true) : nil },
            write: { text in
                guard writeFailure == nil else { return }
                do { try Console.out(text) } catch { writeFailure = error as? Failure }
            })
        if let keeper {
            let record = keeper.record
            if !record.answers.isEmpty {
                wizard.restore(answers: record.answers.map { ($0.question, $0.value) },
                               language: choice.language.texts.language(record.language) ?? choice.language)
            }
            wizard.ticked = Set(record.ticks)
            wizard.fields = record.fields
            // Ticks and form fields come from the full screen; line mode keeps them as they are.
            wizard.onChange = { session, language in
                if let problem = keeper.save(session: session, ticks: Set(keeper.record.ticks), language: language,
                                             fields: keeper.record.fields) {
                    Console.error("simguide: progress not saved: \(problem)\n")
                }
            }
        }
        let outcome = wizard.run()
        if let writeFailure { throw writeFailure }
        if outcome != .completed, let record = keeper?.record, !record.answers.isEmpty {
            try Console.out(resumeHint(record.id, language: wizard.language))
        }
        switch outcome {
        case .flowError(let message): throw Failure(code: Failure.flowUnreadable, message: "simguide: \(message)")
        case .endOfInput: throw ExitCode(Failure.inputEnded)
        case .completed, .quit: break
        }
    }

    /// How to continue a saved session, printed when a wizard ends before the plan.
    private func resumeHint(_ id: String, language: Language) -> String {
        language.text(.cliResumeHint, ["id": id])
    }
}
