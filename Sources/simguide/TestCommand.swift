import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore

/// `simguide test [PATH]`: runs the flow tests written as data in the flow's `tests` folder.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the flow tests in the flow's tests/ folder (answers, then what the plan must contain).",
        discussion: "Exit code 1 when a case fails; the format of the cases is in docs/flow-format.md.")

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("The root flow file (default: --flow or the bundled flow).", valueName: "path"))
    var path: String?

    func run() throws {
        var options = options
        if let path { options.flow = path }
        let flow = try options.loadCheckedFlow()
        let folder = FlowTestSuite.folder(forRootFile: try options.flowPath())
        let suite: FlowTestSuite
        do {
            suite = try FlowTestSuite.load(folder: folder)
        } catch let error as FlowError {
            throw Failure(code: Failure.flowUnreadable, message: error.description)
        }
        var report = ""
        var failed = 0
        for (testCase, failures) in suite.run(on: flow) {
            if failures.isEmpty {
                report += "ok    \(testCase.name)\n"
            } else {
                failed += 1
                report += "FAIL  \(testCase.name) (\(testCase.position))\n" + failures.map { "      - \($0)\n" }.joined()
            }
        }
        report += "\(suite.cases.count - failed) passed, \(failed) failed\n"
        try Console.out(report)
        if failed > 0 { throw ExitCode(Failure.lintErrors) }
    }
}
