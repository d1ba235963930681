/// One person's way through a flow: the answers on the current path, in order, and where they are now.
///
/// Both front ends drive this one model, so they cannot disagree. Invariants: every answer belongs to a
/// question in `history`, each answer was a visible option when given, and the current question (if
/// any) is not in `history`.
public struct Session: Sendable {
    /// Why a move was refused.
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        /// The value is not one of the options shown for the question; `allowed` lists those that are.
        case notAllowed(question: String, value: String, allowed: [String])
        /// The flow has no rule for where to go after this question (a flow bug that lint reports).
        case deadEnd(question: String)
        /// The question is missing from the flow or not on the current path.
        case notOnPath(question: String)
        /// The path has ended; there is nothing left to answer.
        case finished

        public var description: String {
            switch self {
            case let .notAllowed(question, value, allowed):
                return "'\(value)' is not an answer to '\(question)'; allowed: \(allowed.joined(separator: ", "))"
            case let .deadEnd(question):
                return "the flow has no next question after '\(question)' for these answers"
            case let .notOnPath(question):
                return "'\(question)' is not a question on this path"
            case .finished:
                return "every question on this path is answered"
            }
        }
    }

    public let flow: Flow
    /// The answers on the current path, keyed by question id.
    public private(set) var answers: [String: String] = [:]
    /// The ids of the answered questions, in the order they were asked.
    public private(set) var history: [String] = []
    /// The id of the question being asked, or `nil` when the path has reached its end.
    public private(set) var currentID: String?
    /// Answers given earlier that are off the path now (after going back or changing an answer); they are
    /// offered as the default when their question comes up again.
    public private(set) var remembered: [String: String] = [:]
    /// Set after `change(_:to:)`: later questions whose remembered answer still fits are answered again
    /// automatically, so changing one answer keeps the others.
    public private(set) var isReplaying = false

    public init(flow: Flow) {
        self.flow = flow
        currentID = flow.start
    }

    /// The question being asked, or `nil` when the path has ended.
    public var current: Question? { currentID.flatMap(flow.question) }

    /// Whether every question on the path is answered.
    public var isComplete: Bool { currentID == nil }

    /// The options shown for the current question.
    public var visibleOptions: [AnswerOption] { current?.visibleOptions(answers) ?? [] }

    /// The answer to pre-select for the current question: the one given before, if it is still shown.
    public var suggestedValue: String? {
        guard let id = currentID, let value = remembered[id] else { return nil }
        return visibleOptions.contains { $0.value == value } ? value : nil
    }

    /// Each answered question with the chosen option, in the order asked.
    public var review: [(question: Question, option: AnswerOption)] {
        history.compactMap { id in
            guard let question = flow.question(id), let value = answers[id], let option = question.option(value) else { return nil }
            return (question, option)
        }
    }

    /// The options that an earlier question would show now, given only the answers asked before it.
    public func optionsForChanging(_ questionID: String) -> [AnswerOption] {
        guard let index = history.firstIndex(of: questionID), let question = flow.question(questionID) else { return [] }
        let before = Dictionary(history[..<index].compactMap { id in answers[id].map { (id, $0) } }, uniquingKeysWith: { $1 })
        return question.visibleOptions(before)
    }

    /// Gives saved answers again, in order, as a person would. Stops at the first one that no longer fits
    /// (the content changed since they were saved) and returns the questions whose saved answers were not
    /// used; those answers are remembered, so they are offered first when the question comes up.
    @discardableResult
    public mutating func replay(_ saved: [(question: String, value: String)]) -> [String] {
        for (index, (question, value)) in saved.enumerated() {
            guard currentID == question, (try? answer(value)) != nil else {
                let unused = Array(saved[index...])
                for (id, value) in unused where answers[id] == nil { remembered[id] = value }
                return unused.map(\.question)
            }
        }
        return []
    }

    /// Answers the current question and moves to the next one.
    public mutating func answer(_ value: String) throws {
        guard let question = current else { throw Problem.finished }
        let shown = question.visibleOptions(answers).map(\.value)
        guard shown.contains(value) else {
            throw Problem.notAllowed(question: question.id, value: value, allowed: shown)
        }
        var next = answers
        next[question.id] = value
        guard let destination = question.destination(next) else { throw Problem.deadEnd(question: question.id) }
        answers = next
        remembered[question.id] = value
        history.append(question.id)
        switch destination {
        case .end: currentID = nil
        case .question(let id): currentID = id
        }
        if isReplaying { replayRemembered() }
    }

    /// Goes back to the previous question; its answer becomes the suggested one. Returns false at the start.
    @discardableResult
    public mutating func back() -> Bool {
        guard let previous = history.popLast() else { return false }
        answers[previous] = nil
        currentID = previous
        isReplaying = false
        return true
    }

    /// Changes the answer to an earlier question. Later answers that still fit are kept; the ids of those
    /// that no longer fit (their option is not shown any more) are dropped and returned.
    @discardableResult
    public mutating func change(_ questionID: String, to value: String) throws -> [String] {
        guard let index = history.firstIndex(of: questionID) else { throw Problem.notOnPath(question: questionID) }
        var rewound = self
        for id in rewound.history[index...] { rewound.answers[id] = nil }
        rewound.history.removeSubrange(index...)
        rewound.currentID = questionID
        rewound.isReplaying = true
        try rewound.answer(value)
        let dropped = rewound.dropInvalidRemembered()
        self = rewound
        return dropped
    }

    /// Step number of the current question and the most steps any path from here can take.
    public var progress: (step: Int, atMost: Int) {
        let done = history.count
        guard let id = currentID else { return (done, done) }
        var memo: [String: Int] = [:]
        return (done + 1, done + longestPath(from: id, memo: &memo, visiting: []))
    }

    // MARK: Private

    private mutating func replayRemembered() {
        while let question = current, let value = remembered[question.id],
              question.visibleOptions(answers).contains(where: { $0.value == value }),
              let destination = question.destination(answers.merging([question.id: value]) { $1 }) {
            answers[question.id] = value
            history.append(question.id)
            switch destination {
            case .end: currentID = nil
            case .question(let id): currentID = id
            }
        }
        if currentID == nil { isReplaying = false }
    }

    /// Forgets remembered answers that are not shown any more once their question has come up.
    private mutating func dropInvalidRemembered() -> [String] {
        guard let question = current, let value = remembered[question.id],
              !question.visibleOptions(answers).contains(where: { $0.value == value }) else { return [] }
        remembered[question.id] = nil
        return [question.id]
    }

    /// The most questions on any path starting at `id`, given the answers so far.
    private func longestPath(from id: String, memo: inout [String: Int], visiting: Set<String>) -> Int {
        if let known = memo[id] { return known }
        guard let question = flow.question(id), !visiting.contains(id) else { return 0 }
        var best = 0
        for rule in question.next where rule.when.couldMatch(answers) {
            if case let .question(next) = rule.target {
                best = max(best, longestPath(from: next, memo: &memo, visiting: visiting.union([id])))
            }
            if rule.when.mustMatch(answers) { break }
        }
        memo[id] = best + 1
        return best + 1
    }
}
