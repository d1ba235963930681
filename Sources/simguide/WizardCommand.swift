import ArgumentParser
import Foundation
import SimguideCore
import SimguideCurses
import SimguideExports
import SimguideLine

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

    func run() throws {
        let flow = try options.loadCheckedFlow()
        let environment = ProcessInfo.processInfo.environment
        let onTerminal = isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 && environment["TERM"] != "dumb"
        if !plain && onTerminal {
            let terminal = CursesTerminal()
            do {
                try terminal.start(environment: environment)
                try runFullScreen(flow: flow, terminal: terminal)
                return
            } catch let failure as CursesTerminal.StartFailure {
                terminal.stop()
                FileHandle.standardError.write(Data("simguide: full screen unavailable (\(failure)); using line mode\n".utf8))
            }
        }
        try runLineMode(flow: flow)
    }

    private func runFullScreen(flow: Flow, terminal: CursesTerminal) throws {
        let app = WizardApp(flow: flow, language: options.language)
        let outcome = app.run(on: terminal)
        terminal.stop()
        // Leave the plan in the terminal's scrollback, where it can be read and copied after quitting.
        if case .quit(sawPlan: true) = outcome, let plan = app.plan {
            FileHandle.standardOutput.write(Data(PlanTextRenderer(language: app.language, width: TerminalSize.columns()).render(plan).utf8))
        }
        if outcome == .interrupted, terminal.endingSignal != 0 {
            throw ExitCode(128 + terminal.endingSignal)
        }
    }

    private func runLineMode(flow: Flow) throws {
        var wizard = LineWizard(
            flow: flow, language: options.language, width: TerminalSize.columns(),
            readLine: { Swift.readLine(strippingNewline: true) },
            write: { text in FileHandle.standardOutput.write(Data(text.utf8)) })
        if case let .flowError(message) = wizard.run() {
            throw Failure(code: Failure.flowUnreadable, message: "simguide: \(message)")
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
