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

/// The line-mode wizard: numbered questions on standard input and output.
///
/// It works with pipes, `TERM=dumb` and screen readers: every screen is plain lines, every choice is a
/// typed number or letter, and end of input ends the wizard cleanly. It drives the same `Session` as the
/// full-screen wizard.
public struct LineWizard {
    /// How a run ended.
    public enum Outcome: Equatable, Sendable {
        /// Every question was answered and the plan was printed.
        case completed
        /// The user quit.
        case quit
        /// Input ended before the plan was complete.
        case endOfInput
        /// The flow led nowhere (a flow bug that lint reports).
        case flowError(String)
    }

    public private(set) var session: Session
    public private(set) var language: Language
    private let width: Int
    private let readLine: () -> String?
    private let write: (String) -> Void
    /// Ticks and form fields of a session continued from the full screen, so the plan printed at the
    /// end says what the full screen showed (ticks, the renewal deadline).
    public var ticked: Set<String> = []
    public var fields: [String: String] = [:]
    /// Called after every change of the answers or the language, to save the session as it goes; when
    /// set, quitting asks nothing.
    public var onChange: ((Session, Language) -> Void)?

    /// - Parameters:
    ///   - readLine: returns the next line of input without its newline, or `nil` at end of input.
    ///   - write: prints text as given (lines end with "\n").
    public init(flow: Flow, language: Language, width: Int = 80,
                readLine: @escaping () -> String?, write: @escaping (String) -> Void) {
        session = Session(flow: flow)
        self.language = language
        self.width = max(30, width)
        self.readLine = readLine
        self.write = write
    }

    /// Continues a saved session: its answers are given again in order and its language restored.
    /// Returns the questions whose saved answers no longer fit the flow.
    @discardableResult
    public mutating func restore(answers: [(question: String, value: String)], language: Language) -> [String] {
        self.language = language
        return session.replay(answers.map { ($0.question, $0.value) })
    }

    /// Asks questions until the plan is complete, the user quits or input ends.
    public mutating func run() -> Outcome {
        while let question = session.current {
            let before = savedState
            defer { if savedState != before { onChange?(session, language) } }
            let strings = LineStrings(language: language)
            showQuestion(question, strings)
            guard let line = readLine() else {
                say(strings.endOfInput)
                return .endOfInput
            }
            let input = line.trimmingSpaces().lowercased()
            switch input {
            case "b", "<":
                if !session.back() { say(strings.atFirst) }
            case "?", "h":
                showHelp(question, strings)
            case "r":
                if let outcome = review(strings) { return outcome }
            case "l":
                language = language.next
                say(LineStrings(language: language).languageSwitched)
            case "q":
                // Nothing is lost when there is nothing yet, or when every change is being saved.
                if session.history.isEmpty || onChange != nil || confirm(strings.confirmQuit) {
                    say(strings.quitting)
                    return .quit
                }
            default:
                if let outcome = choose(input, strings) { return outcome }
            }
        }
        let plan = PlanComposer(flow: session.flow).compose(session)
        let actions = PlanActions(plan: plan, language: language, ticked: ticked,
                                  deadline: PlanActions.savedDeadline(fields: fields, rule: plan.reminder), today: FlowLinter.todayString())
        write("\n" + actions.text(width: width))
        return .completed
    }

    // MARK: Private

    /// The answers in order and the language, to tell whether an input changed them.
    private var savedState: [String] {
        session.history.map { "\($0)=\(session.answers[$0] ?? "")" } + [language.rawValue]
    }

    private func say(_ text: String) {
        write(TextLayout.wrap(text, width: width).joined(separator: "\n") + "\n")
    }

    private func showQuestion(_ question: Question, _ strings: LineStrings) {
        let progress = session.progress
        var lines = ["", "[\(strings.progress(progress.step, progress.atMost))]"]
        lines += TextLayout.wrap(question.prompt.text(language), width: width)
        for (index, option) in session.visibleOptions.enumerated() {
            lines += TextLayout.wrap(option.label.text(language), width: width, prefix: "  \(index + 1)) ")
        }
        let suggested = session.suggestedValue.flatMap(question.option)
        if let suggested { lines += TextLayout.wrap(strings.previous(suggested.label.text(language)), width: width) }
        lines += TextLayout.wrap(strings.keys(hasDefault: suggested != nil), width: width)
        write(lines.joined(separator: "\n") + "\n> ")
    }

    private func showHelp(_ question: Question, _ strings: LineStrings) {
        var lines: [String] = []
        if let help = question.help(session.answers) { lines += TextLayout.wrap(help.text(language), width: width) }
        for option in session.visibleOptions {
            guard let detail = option.detail else { continue }
            lines += TextLayout.wrap("\(option.label.text(language)): \(detail.text(language))", width: width, prefix: "  - ")
        }
        if lines.isEmpty { lines = [strings.noHelp] }
        write(lines.joined(separator: "\n") + "\n")
    }

    /// Picks an option by its number (or the remembered answer on an empty line).
    private mutating func choose(_ input: String, _ strings: LineStrings) -> Outcome? {
        let options = session.visibleOptions
        let value: String?
        if input.isEmpty {
            value = session.suggestedValue
        } else if let number = Int(input), (1...options.count).contains(number) {
            value = options[number - 1].value
        } else {
            value = nil
        }
        guard let value else {
            say(strings.pickBetween(options.count))
            return nil
        }
        do {
            try session.answer(value)
        } catch {
            say(strings.flowError + "\(error)")
            return .flowError("\(error)")
        }
        return nil
    }

    /// Lists the answers; the user may pick one and answer it again.
    private mutating func review(_ strings: LineStrings) -> Outcome? {
        let answered = session.review
        guard !answered.isEmpty else {
            say(strings.reviewEmpty)
            return nil
        }
        var lines = [strings.reviewTitle]
        for (index, item) in answered.enumerated() {
            lines += TextLayout.wrap("\(item.question.prompt.text(language)) \(item.option.label.text(language))",
                                     width: width, prefix: "  \(index + 1)) ")
        }
        lines.append(strings.reviewPrompt)
        write(lines.joined(separator: "\n") + "\n> ")
        guard let line = readLine() else { return nil }
        guard let number = Int(line.trimmingSpaces()), (1...answered.count).contains(number) else { return nil }
        let question = answered[number - 1].question
        let options = session.optionsForChanging(question.id)
        var prompt = ["", strings.changing(question.prompt.text(language))]
        for (index, option) in options.enumerated() {
            prompt += TextLayout.wrap(option.label.text(language), width: width, prefix: "  \(index + 1)) ")
        }
        write(prompt.joined(separator: "\n") + "\n> ")
        guard let choice = readLine(), let picked = Int(choice.trimmingSpaces()),
              (1...options.count).contains(picked) else { return nil }
        do {
            let dropped = try session.change(question.id, to: options[picked - 1].value)
            let prompts = dropped.compactMap { session.flow.question($0)?.prompt.text(language) }
            if !prompts.isEmpty { say(strings.dropped(prompts)) }
        } catch {
            say(strings.flowError + "\(error)")
            return .flowError("\(error)")
        }
        return nil
    }

    private func confirm(_ question: String) -> Bool {
        write(question + "\n> ")
        guard let answer = readLine()?.trimmingSpaces().lowercased() else { return true }
        return ["y", "yes", "是", "好"].contains(answer)
    }
}
