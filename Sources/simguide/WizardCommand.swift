import ArgumentParser
import Foundation
import SimguideCore
import SimguideCurses
import SimguideExports
import SimguideLine
import SimguideStore

/// `simguide`: asks the questions and shows the plan, full screen on a terminal, line by line otherwise.
struct WizardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wizard",
        abstract: "Ask the questions, then show the plan (the default command).",
        discussion: """
        Full screen when standard input and output are a terminal; numbered questions on plain lines when \
        they are not, when TERM is 'dumb', or with --plain.
        """)

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "Use numbered questions on standard input and output, even on a terminal.")
    var plain = false

    @Flag(name: .long, help: "Continue the most recently saved session.")
    var resume = false

    @Option(name: .long, help: ArgumentHelp("Continue this saved session ('simguide sessions' lists them).", valueName: "id"))
    var session: String?

    @Flag(name: .customLong("no-save"), help: "Do not save this session (full screen saves after every change by default).")
    var noSave = false

    @OptionGroup(title: "Pre-filled answers (full screen; the wizard asks the rest)") var answers: AnswerOptions

    func run() throws {
        let flow = try options.loadCheckedFlow()
        if !answers.isEmpty, resume || session != nil {
            throw Failure(code: Failure.usage, message: "simguide: --answer and --answers start a new session; they cannot be combined with --resume or --session")
        }
        let prefilled = try AnswerReplay.prefix(flow: flow, answers: try answers.given(flow: flow, language: options.language),
                                                language: options.language)
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
        if !answers.isEmpty {
            Console.error("simguide: answers are pre-filled only in full screen; line mode asks every question (or use 'simguide plan')\n")
        }
        try runLineMode(flow: flow)
    }

    private func runFullScreen(flow: Flow, terminal: CursesTerminal, prefilled: [(question: String, value: String)]) throws {
        let app = WizardApp(flow: flow, language: options.language)
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
                                     language: options.language.rawValue,
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
        return (SessionKeeper(store: store, flow: flow, language: options.language), listing.sessions.count)
    }

    private func runLineMode(flow: Flow) throws {
        if resume || session != nil {
            Console.error("simguide: saved sessions continue only in full screen; starting afresh\n")
        }
        // A failed write ends the wizard (no more input is read) and the command, with exit code 4.
        var writeFailure: Failure?
        var wizard = LineWizard(
            flow: flow, language: options.language, width: TerminalSize.columns(),
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

/// The width to lay out text for: the terminal's, or 80 columns when output is not a terminal.
enum TerminalSize {
    static func columns() -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return min(Int(size.ws_col), 100)
        }
        return 80
    }
}

/// The system's `lp` command, used to print plain-text plans.
struct LinePrinter {
    let path: String

    /// `lp` from PATH, if there is one: the first that is executable and not a folder.
    static func find(environment: [String: String]) -> LinePrinter? {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/lp" }.first(where: isExecutableFile).map(LinePrinter.init)
    }

    /// What `FileManager.isExecutableFile` answers, from `access` and `stat` alone.
    static func isExecutableFile(_ path: String) -> Bool {
        var status = stat()
        return access(path, X_OK) == 0 && stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFDIR
    }

    /// Sends `text` to the default printer; throws with lp's own message when it fails.
    func print(_ text: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw PrintFailure(message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    struct PrintFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message.isEmpty ? "lp failed" : message }
    }
}
