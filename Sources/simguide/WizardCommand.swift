import ArgumentParser
import Foundation

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

    @Flag(name: .customLong("no-save"), help: "Do not save this session (saved after every change by default, in line mode when typed at a terminal).")
    var noSave = false

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (select text without Shift); keys only.")
    var noMouse = false

    @OptionGroup(title: "Pre-filled answers (full screen; the wizard asks the rest)") var answers: AnswerOptions

    func run() throws {
        try WizardRun(choice: options.choice, plain: plain, resume: resume, session: session, noSave: noSave, noMouse: noMouse,
                      answers: answers).run()
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

    /// Whether `path` is a file this process may execute (a folder is not, unlike for
    /// `FileManager.isExecutableFile`), from `access` and `stat` alone.
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
