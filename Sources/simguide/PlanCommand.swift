import ArgumentParser
import Foundation
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
        A missing or invalid answer exits with code 2 and lists the allowed values. With --output the file \
        is replaced atomically, and text is split into printable pages by form feeds.
        """)

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp("An answer, as question=value (repeat for each question).", valueName: "question=value"))
    var answer: [String] = []

    @Option(name: .long, help: "Output format: text, markdown, html or json.")
    var format: PlanFormat = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the plan to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Option(name: .customLong("last-top-up"), help: ArgumentHelp("Renewal: the day of the last top-up; the deadline follows the card's validity rule.", valueName: "YYYY-MM-DD"))
    var lastTopUp: String?

    @Option(name: .long, help: ArgumentHelp("Renewal: the expiry date the operator shows.", valueName: "YYYY-MM-DD"))
    var expires: String?

    @Option(name: .long, help: ArgumentHelp("Write a calendar reminder (iCalendar) for the renewal deadline to this file.", valueName: "path"))
    var ics: String?

    func run() throws {
        let flow = try options.loadCheckedFlow()
        let given = try AnswerReplay.parse(answer, flow: flow)
        let session = try AnswerReplay.session(flow: flow, answers: given, language: options.language)
        let plan = PlanComposer(flow: flow).compose(session)
        let deadline = try renewalDeadline(plan)
        let actions = PlanActions(plan: plan, language: options.language, deadline: deadline, today: FlowLinter.todayString())
        let text = try actions.render(format, forPaper: output != nil)
        if let ics {
            guard let deadline else {
                throw Failure(code: Failure.usage, message: "simguide: --ics needs --last-top-up or --expires")
            }
            let stamp = ReminderCalendar.stamp()
            let uid = actions.calendarUID(session: nil)
            let calendar = ReminderCalendar(language: options.language).render(deadline, plan: plan, uid: uid, stamp: stamp)
            do {
                try AtomicFile.write(Data(calendar.utf8), to: ics)
            } catch let failure as AtomicFile.Failure {
                throw Failure(code: Failure.failedWrite, message: "simguide: \(failure)")
            }
        }
        if let output {
            do {
                try AtomicFile.write(Data(text.utf8), to: output)
            } catch let failure as AtomicFile.Failure {
                throw Failure(code: Failure.failedWrite, message: "simguide: \(failure)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        let ignored = given.keys.filter { session.answers[$0] == nil }.sorted()
        if !ignored.isEmpty {
            FileHandle.standardError.write(Data("simguide: not asked on this path, ignored: \(ignored.joined(separator: ", "))\n".utf8))
        }
    }

    /// The deadline from --last-top-up or --expires, if either is given.
    private func renewalDeadline(_ plan: Plan) throws -> RenewalDeadline? {
        guard lastTopUp != nil || expires != nil else { return nil }
        guard lastTopUp == nil || expires == nil else {
            throw Failure(code: Failure.usage, message: "simguide: give --last-top-up or --expires, not both")
        }
        let text = lastTopUp ?? expires ?? ""
        do {
            let date = try CivilDate(parsing: text)
            let deadline = try RenewalDeadline(lastTopUp != nil ? .lastTopUp(date) : .expiry(date), rule: plan.reminder)
            if deadline.renewBy < CivilDate.today() {
                FileHandle.standardError.write(Data("simguide: note: the renew-by day \(deadline.renewBy) has passed; contact the operator at once\n".utf8))
            }
            return deadline
        } catch {
            throw Failure(code: Failure.usage, message: "simguide: \(error)")
        }
    }
}

/// Walks a flow with answers given up front, as the wizard would, and explains the first that is
/// missing or not allowed.
enum AnswerReplay {
    /// Reads `question=value` items, refusing unknown questions and contradictory repeats.
    static func parse(_ items: [String], flow: Flow) throws -> [String: String] {
        var answers: [String: String] = [:]
        for item in items {
            let parts = item.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw Failure(code: Failure.usage, message: "simguide: --answer '\(item)' must look like question=value")
            }
            guard flow.question(parts[0]) != nil else {
                throw Failure(code: Failure.usage, message:
                    "simguide: there is no question '\(parts[0])'; questions: \(flow.questions.map(\.id).joined(separator: ", "))")
            }
            if let earlier = answers[parts[0]], earlier != parts[1] {
                throw Failure(code: Failure.usage, message: "simguide: '\(parts[0])' is answered twice (\(earlier), \(parts[1])); give one")
            }
            answers[parts[0]] = parts[1]
        }
        return answers
    }

    static func session(flow: Flow, answers: [String: String], language: Language) throws -> Session {
        var session = Session(flow: flow)
        while let question = session.current {
            let allowed = session.visibleOptions.map(\.value)
            guard let value = answers[question.id] else {
                throw Failure(code: Failure.usage, message: """
                    simguide: missing answer to '\(question.id)' (\(question.prompt.text(language))); \
                    add --answer \(question.id)=VALUE with one of: \(allowed.joined(separator: ", "))
                    """)
            }
            do {
                try session.answer(value)
            } catch let problem as Session.Problem {
                if case .notAllowed = problem {
                    throw Failure(code: Failure.usage, message: """
                        simguide: '\(value)' is not an answer to '\(question.id)' (\(question.prompt.text(language))) \
                        here; allowed: \(allowed.joined(separator: ", "))
                        """)
                }
                throw Failure(code: Failure.flowUnreadable, message: "simguide: \(problem)")
            }
        }
        return session
    }
}

extension PlanFormat: ExpressibleByArgument {}
