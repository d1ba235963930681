import ArgumentParser
import Foundation
import SimguideCore
import SimguideLine

/// `simguide`: asks the questions and prints the plan.
struct WizardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wizard",
        abstract: "Ask the questions, then show the plan (the default command).")

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "Use numbered questions on standard input and output.")
    var plain = false

    func run() throws {
        let flow = try options.loadCheckedFlow()
        var wizard = LineWizard(
            flow: flow, language: options.language, width: TerminalSize.columns(),
            readLine: { Swift.readLine(strippingNewline: true) },
            write: { text in
                FileHandle.standardOutput.write(Data(text.utf8))
            })
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
