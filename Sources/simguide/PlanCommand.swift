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
import SimguideExports
import SimguideStore

/// `simguide plan --answer q=v ...`: prints the plan for given answers, asking nothing.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print the plan for the given answers, without asking questions.",
        discussion: """
        Example: simguide plan --answer action=cancel --answer region=fr --answer carrier=free \\
                   --answer card_type=postpaid --answer abroad=yes
        Or: simguide plan --answers my-answers.txt, with one question=value a line; --answer replaces \
        the file's answer to the same question. A missing or invalid answer exits with code 2 and lists the \
        allowed values (and, for the file, its file:line). With --output the file \
        is replaced atomically, and text is split into printable pages by form feeds.
        """)

    @OptionGroup var options: CommonOptions

    @OptionGroup var answers: AnswerOptions

    @Option(name: .long, help: "Output format: text, markdown, html or json.")
    var format: PlanFormat = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the plan to this file instead of standard output ('-' for standard output).", valueName: "path"))
    var output: String?

    @Option(name: .customLong("last-top-up"), help: ArgumentHelp("Renewal: the day of the last top-up; the deadline follows the card's validity rule.", valueName: "YYYY-MM-DD"))
    var lastTopUp: String?

    @Option(name: .long, help: ArgumentHelp("Renewal: the expiry date the operator shows.", valueName: "YYYY-MM-DD"))
    var expires: String?

    @Flag(name: .long, help: "After the text plan, say why each step is there: its rule, file and line, and the condition that matched.")
    var explain = false

    @Option(name: .long, help: ArgumentHelp("Write a calendar reminder (iCalendar) for the renewal deadline to this file.", valueName: "path"))
    var ics: String?

    func run() throws {
        let flow = try options.loadCheckedFlow()
        let given = try answers.given(flow: flow, language: options.language)
        let session = try AnswerReplay.session(flow: flow, answers: given, language: options.language)
        let plan = PlanComposer(flow: flow).compose(session)
        if explain, format != .text {
            throw Failure(code: Failure.usage, message: "simguide: --explain goes with the text format; JSON has each step's rule in its 'key' (rule-id/n)")
        }
        try OutputTargets.check([output.map { .init(option: "--output", path: $0) }, ics.map { .init(option: "--ics", path: $0) }]
            .compactMap { $0 }, flowFiles: flow.files)
        let deadline = try renewalDeadline(plan, session: session)
        let actions = PlanActions(plan: plan, language: options.language, deadline: deadline, today: FlowLinter.todayString())
        let text = try actions.render(format, forPaper: output != nil && output != "-")
        if let ics {
            guard let deadline else {
                throw Failure(code: Failure.usage, message: "simguide: " + options.language.text(.cliIcsNeedsDate))
            }
            let stamp = ReminderCalendar.stamp()
            let uid = actions.calendarUID(session: nil)
            try OutputTargets.write(ReminderCalendar(language: options.language).render(deadline, plan: plan, uid: uid, stamp: stamp), to: ics)
        }
        let explanation = explain ? PlanExplanation(language: options.language).render(plan, flow: flow) : ""
        if let output {
            try OutputTargets.write(text + explanation, to: output)
        } else {
            try Console.out(text + explanation)
        }
        let ignored = given.keys.filter { session.answers[$0] == nil }.sorted()
        if !ignored.isEmpty {
            Console.error("simguide: not asked on this path, ignored: \(ignored.joined(separator: ", "))\n")
        }
    }

    /// The deadline from --last-top-up or --expires, if either is given.
    private func renewalDeadline(_ plan: Plan, session: Session) throws -> RenewalDeadline? {
        guard lastTopUp != nil || expires != nil else { return nil }
        guard session.answers["action"] == "renew" else {
            throw Failure(code: Failure.usage, message: "simguide: " + options.language.text(.cliDatesForRenewalOnly))
        }
        guard lastTopUp == nil || expires == nil else {
            throw Failure(code: Failure.usage, message: "simguide: " + options.language.text(.cliOneDateOnly))
        }
        let text = lastTopUp ?? expires ?? ""
        do {
            let date = try CivilDate(parsing: text)
            let deadline = try RenewalDeadline(lastTopUp != nil ? .lastTopUp(date) : .expiry(date), rule: plan.reminder)
            if deadline.renewBy < CivilDate.today() {
                Console.error("simguide: note: the renew-by day \(deadline.renewBy) has passed; contact the operator at once\n")
            }
            return deadline
        } catch {
            let message = (error as? CivilDate.Problem)?.message(options.language) ?? "\(error)"
            throw Failure(code: Failure.usage, message: "simguide: \(message)")
        }
    }
}

extension PlanFormat: ExpressibleByArgument {}
