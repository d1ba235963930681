import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// The `simguide` command: the wizard by default, and `plan`, `sessions`, `lint`, `paths`, `graph`.
@main
struct Simguide: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simguide",
        abstract: "Plan the cancellation or renewal of a foreign SIM card (France, Hong Kong, New Caledonia, Macau, United Kingdom, United States).",
        discussion: """
        Run with no command to answer a few questions and get a tailored plan.

        Exit codes:
          0  success
          1  lint found errors in the flow
          2  usage error, or a missing or invalid answer (the message lists the
             allowed values), or an output refused (a file of the flow, two
             outputs to one file)
          3  the flow cannot be read or has errors
          4  a file (export, letter, calendar, saved session, answers) cannot be
             written or read, or standard output cannot be written
          5  line mode: the input ended before the plan was reached
          128+N  ended by signal N: 129 closed terminal, 130 Ctrl-C, 143 SIGTERM
        """,
        version: ProgramVersion.line,
        subcommands: [WizardCommand.self, PlanCommand.self, LetterCommand.self, CardsCommand.self, DueCommand.self, ReportCommand.self,
                      SessionsCommand.self, LintCommand.self, TestCommand.self, PathsCommand.self,
                      GraphCommand.self],
        defaultSubcommand: WizardCommand.self)

    static func main() {
        // The Swift runtime takes SIGQUIT for its crash backtraces and then lets the program run on; Ctrl-\
        // must quit, as in any program (the full-screen wizard installs its own handler that restores the
        // terminal first).
        signal(SIGQUIT, SIG_DFL)
        Console.holdClosedDescriptors()
        do {
            if let plain = PlainWizardArguments(CommandLine.arguments.dropFirst()) {
                try plain.run.run()
            } else {
                var command = try parseAsRoot()
                try command.run()
            }
        } catch let failure as Failure {
            end(failure)
        } catch let exit as ExitCode {
            terminate(exit.rawValue)
        } catch {
            let message = fullMessage(for: error)
            if exitCode(for: error) == .success, message == ProgramVersion.line {
                // --version: the program's, and the bundled content's version and dates.
                do { try Console.out(try ProgramVersion.report()) } catch let failure as Failure { end(failure) } catch {}
                terminate(0)
            }
            if exitCode(for: error) == .success {
                // --help and the like: the text is the output, and a failure to write it is an error too.
                do { try Console.out(message + "\n") } catch let failure as Failure { end(failure) } catch {}
                terminate(0)
            }
            // Argument errors: the message with usage, and the documented exit code 2 (not sysexits' 64).
            Console.error(message + "\n")
            terminate(Failure.usage)
        }
    }

    /// Reports `failure` on standard error, where it still can, and exits with its code.
    private static func end(_ failure: Failure) -> Never {
        Console.error(failure.message + "\n")
        terminate(failure.code)
    }
}

/// Ends the process with `code` (the C library's `exit`, which the command's own `exit` method hides).
private func terminate(_ code: Int32) -> Never { exit(code) }

/// An error that ends the program with a message and one of the documented exit codes.
struct Failure: Error, CustomStringConvertible {
    static let lintErrors: Int32 = 1
    static let usage: Int32 = 2
    static let flowUnreadable: Int32 = 3
    static let failedWrite: Int32 = 4
    static let inputEnded: Int32 = 5

    let code: Int32
    let message: String

    var description: String { message }
}
