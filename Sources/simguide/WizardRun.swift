import ArgumentParser
import Foundation
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
            let terminal = CursesTerminal()
            do {
                try terminal.start(environment: environment)
                try runFullScreen(flow: flow, terminal: terminal, prefilled: prefilled)
                return
            } catch let failure as CursesTerminal.StartFailure {
                terminal.stop()
                Console.error("simguide: full screen unavailable (\(failure)); using line mode\n")
            }
        }
        if let answers, !answers.isEmpty {
            Console.error("simguide: answers are pre-filled only in full screen; line mode asks every question (or use 'simguide plan')\n")
        }
        try runLineMode(flow: flow)
    }

    private func runFullScreen(flow: Flow, terminal: CursesTerminal, prefilled: [(question: String, value: String)]) throws {
        let app = WizardApp(flow: flow, language: choice.language)
        if !noSave {
            let (keeper, others) = try keeper(flow: flow)
            if let saved = keeper.record.answers.isEmpty ? nil : keeper.record {
                app.restore(saved)
            } else if others > 0 {
                app.noteSavedSessions(others)
            }
            app.keeper = keeper
        }
        if !prefilled.isEmpty {
            app.restore(SavedSession(id: SavedSession.newID(), created: SavedSession.timestamp(), flowVersion: flow.version,
                                     language: choice.language.rawValue,
                                     answers: prefilled.map { SavedSession.Answer(question: $0.question, value: $0.value) }))
        }
        app.printer = LinePrinter.find(environment: ProcessEnvironment.values).map { printer in { try printer.print($0) } }
        let outcome = app.run(on: terminal)
        terminal.stop()
        // Leave the plan in the terminal's scrollback, where it can be read and copied after quitting.
        if case .quit(sawPlan: true) = outcome, let plan = app.plan {
            try Console.out(PlanTextRenderer(language: app.language, width: TerminalSize.columns()).render(plan))
        }
        if outcome == .interrupted, terminal.endingSignal != 0 {
            throw ExitCode(128 + terminal.endingSignal)
        }
    }

    /// The keeper for this run: the session asked for with --resume or --session, or a new one; and how
    /// many other sessions are saved.
    private func keeper(flow: Flow) throws -> (SessionKeeper, Int) {
        let store = SessionStore(environment: ProcessEnvironment.values)
        let listing = store.list()
        SessionReport.setAside(listing.setAside)
        if let id = session {
            do {
                return (SessionKeeper(store: store, record: try store.load(id: id)), listing.sessions.count - 1)
            } catch {
                throw Failure(code: Failure.failedWrite, message: "simguide: \(error)")
            }
        }
        if resume {
            guard let latest = listing.sessions.first else {
                throw Failure(code: Failure.usage, message: "simguide: there is no saved session to resume (\(store.directory))")
            }
            return (SessionKeeper(store: store, record: latest), listing.sessions.count - 1)
        }
        return (SessionKeeper(store: store, flow: flow, language: choice.language), listing.sessions.count)
    }

    private func runLineMode(flow: Flow) throws {
        if resume || session != nil {
            Console.error("simguide: saved sessions continue only in full screen; starting afresh\n")
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
        let outcome = wizard.run()
        if let writeFailure { throw writeFailure }
        switch outcome {
        case .flowError(let message): throw Failure(code: Failure.flowUnreadable, message: "simguide: \(message)")
        case .endOfInput: throw ExitCode(Failure.inputEnded)
        case .completed, .quit: break
        }
    }
}
