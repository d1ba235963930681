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

/// `simguide lint [PATH]`: checks a flow and lists what is wrong, with file:line:column.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a flow file (ids, reachability, dead ends, cycles, translations, URLs and dates) and the interface texts.",
        discussion: "Exit code 1 when there are errors (warnings alone exit 0, or 1 with --strict), 3 when the file cannot be read.")

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("The root flow file (default: --flow or the bundled flow).", valueName: "path"))
    var path: String?

    @Flag(name: .long, help: "Treat warnings as errors (the test suite lints the bundled flow this way).")
    var strict = false

    func run() throws {
        var options = options
        if let path { options.flow = path }
        let flow = try options.loadFlow()
        let findings = FlowLinter(flow: flow).findings() + InterfaceTextCheck().findings()
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        var report = findings.map { $0.description + "\n" }.joined()
        let paths = flow.files.count == 1 ? flow.files[0] : "\(flow.files[0]) and \(flow.files.count - 1) included file(s)"
        report += "\(paths): \(errors) error(s), \(warnings) warning(s)\n"
        try Console.out(report)
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(Failure.lintErrors) }
    }
}
