import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore
import SimguideExports

/// `simguide report --answer ... [--step N]`: a ready-to-send report of a content error, with everything
/// a maintainer needs to find and check the fact (content version, answers, the step, its sources).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Prepare a report of a wrong or outdated fact in a plan, to send to the maintainers.",
        discussion: """
        Give the same --answer values as for the plan, and --step N for the step that is wrong (its number \
        in the plan). Fill in the two blanks and send the text as CONTRIBUTING.md explains.
        """)

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp("An answer, as question=value (repeat for each question).", valueName: "question=value"))
    var answer: [String] = []

    @Option(name: .long, help: ArgumentHelp("The number of the step that is wrong, as the plan shows it.", valueName: "N"))
    var step: Int?

    func run() throws {
        let flow = try options.loadCheckedFlow()
        let session = try AnswerReplay.session(flow: flow, answers: try AnswerReplay.parse(answer, flow: flow), language: options.language)
        let plan = PlanComposer(flow: flow).compose(session)
        let steps = plan.steps
        if let step, !steps.indices.contains(step - 1) {
            throw Failure(code: Failure.usage, message: "simguide: --step \(step): this plan has steps 1 to \(steps.count)")
        }
        try Console.out(ContentReport(language: options.language).render(plan, step: step))
    }
}
