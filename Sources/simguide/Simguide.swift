import ArgumentParser
import Foundation

/// The `simguide` command: the wizard by default, and `plan`, `sessions`, `lint`, `paths`, `graph`.
@main
struct Simguide: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simguide",
        abstract: "Plan the cancellation or renewal of a foreign SIM card (France, Hong Kong, New Caledonia).",
        discussion: """
        Run with no command to answer a few questions and get a tailored plan.

        Exit codes:
          0  success
          1  lint found errors in the flow
          2  usage error, or a missing or invalid answer (the message lists the allowed values)
          3  the flow cannot be read or has errors
          4  a file (export, saved session) cannot be written or read
        """,
        subcommands: [WizardCommand.self, PlanCommand.self, LetterCommand.self, SessionsCommand.self, LintCommand.self, PathsCommand.self,
                      GraphCommand.self],
        defaultSubcommand: WizardCommand.self)

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as Failure {
            FileHandle.standardError.write(Data((failure.message + "\n").utf8))
            Foundation.exit(failure.code)
        } catch {
            if exitCode(for: error) == .success || error is ExitCode {
                exit(withError: error)
            }
            // Argument errors: the message with usage, and the documented exit code 2 (not sysexits' 64).
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(Failure.usage)
        }
    }
}

/// An error that ends the program with a message and one of the documented exit codes.
struct Failure: Error {
    static let lintErrors: Int32 = 1
    static let usage: Int32 = 2
    static let flowUnreadable: Int32 = 3
    static let failedWrite: Int32 = 4

    let code: Int32
    let message: String
}
