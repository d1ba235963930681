import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

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

    /// Sends `text` to the default printer; throws with lp's own message when it fails. lp is started
    /// with `posix_spawn`, its input a pipe we write the text to, its output discarded and its errors read
    /// back for the message.
    func print(_ text: String) throws {
        var input: [Int32] = [-1, -1], errors: [Int32] = [-1, -1]
        guard pipe(&input) == 0 else { throw PrintFailure(message: Self.systemMessage()) }
        guard pipe(&errors) == 0 else {
            close(input[0]); close(input[1])
            throw PrintFailure(message: Self.systemMessage())
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], STDIN_FILENO)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errors[1], STDERR_FILENO)
        for descriptor in input + errors { posix_spawn_file_actions_addclose(&actions, descriptor) }
        var child = pid_t()
        let spawned = path.withCString { program in
            var arguments: [UnsafeMutablePointer<CChar>?] = [strdup(program), nil]
            defer { free(arguments[0]) }
            return posix_spawn(&child, program, &actions, nil, &arguments, ProcessEnvironment.block)
        }
        close(input[0]); close(errors[1])
        guard spawned == 0 else {
            close(input[1]); close(errors[0])
            throw PrintFailure(message: String(cString: strerror(spawned)))
        }
        Self.writeAll(Array(text.utf8), to: input[1])
        close(input[1])
        let message = Self.readAll(errors[0])
        close(errors[0])
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0, errno == EINTR {}
        // Exited normally with 0: the low 7 bits (the signal) and the exit code (bits 8-15) are all zero.
        guard status == 0 else {
            throw PrintFailure(message: String(decoding: message, as: UTF8.self).trimmingWhitespace())
        }
    }

    /// Writes what it can; when lp stops reading early, its exit status says why.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            written += count
        }
    }

    private static func readAll(_ descriptor: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return bytes }
            bytes += buffer[..<count]
        }
    }

    private static func systemMessage() -> String { String(cString: strerror(errno)) }

    struct PrintFailure: Error, Equatable, CustomStringConvertible {
        let message: String
        var description: String { message.isEmpty ? "lp failed" : message }
    }
}
