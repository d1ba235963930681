/// A tailored plan: what the person answered, and every step, document, contact, warning and source
/// that the matching rules contribute, in order.
public struct Plan: Sendable {
    /// The steps of one phase, in order.
    public struct Section: Sendable {
        public let phase: Phase
        public let steps: [Step]
    }

    /// The questions asked and the options chosen, in order.
    public let answers: [(question: Question, option: AnswerOption)]
    /// Non-empty phases in phase order.
    public let sections: [Section]
    /// Every document any step needs, once each, in order of first need.
    public let documents: [Document]
    public let contacts: [Contact]
    public let warnings: [Warning]
    /// Every source cited by a step or warning, once each, in order of first citation.
    public let sources: [Source]
    /// The ids of the rules that matched, in flow order.
    public let ruleIDs: [String]
    public let flowTitle: LocalizedText
    public let flowVersion: String
    /// The card's validity rule, from the first matching rule that has one.
    public let reminder: ReminderRule?
    /// The letters offered for these answers.
    public let letters: [Letter]
    /// The documents those letters ask to enclose or bring.
    public let enclosures: [Document]
    /// The answers the plan was made for, by question id (letters choose their paragraphs with them).
    public let answerValues: [String: String]
    /// The day the plan was made for: its steps and warnings hold on that day, and sources are due for
    /// review or not as of that day.
    public let day: CivilDate
    /// The cited sources whose review day has passed, with that day: what rests on them is "to confirm".
    public let overdue: [String: CivilDate]

    /// The earliest review day that has passed among `references`, or `nil` when every source is current.
    public func reviewOverdue(_ references: [Reference]) -> CivilDate? {
        references.compactMap { overdue[$0.id] }.min()
    }

    /// All steps, in plan order.
    public var steps: [Step] { sections.flatMap(\.steps) }

    /// The 1-based number of a source in `sources`, for citations like `[3]`.
    public func citation(_ id: String) -> Int? {
        sources.firstIndex { $0.id == id }.map { $0 + 1 }
    }
}
