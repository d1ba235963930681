/// One question of the wizard: what is asked, the options offered, and where to go next.
public struct Question: Hashable, Sendable {
    public let id: String
    public let prompt: LocalizedText
    /// Help texts, each shown for the answers its condition matches (the first that matches); a help
    /// that names carriers says only the region's own.
    public let helps: [(when: Condition, text: LocalizedText)]
    public let options: [AnswerOption]
    /// Rules tried in order after an answer; the first whose condition matches names the next question.
    public let next: [NextRule]
    public let position: SourcePosition

    public init(id: String, prompt: LocalizedText, helps: [(when: Condition, text: LocalizedText)], options: [AnswerOption],
                next: [NextRule], position: SourcePosition) {
        self.id = id
        self.prompt = prompt
        self.helps = helps
        self.options = options
        self.next = next
        self.position = position
    }

    /// The help for the answers given so far, if any.
    public func help(_ answers: [String: String]) -> LocalizedText? {
        helps.first { $0.when.matches(answers) }?.text
    }

    public static func == (lhs: Question, rhs: Question) -> Bool {
        lhs.id == rhs.id && lhs.prompt == rhs.prompt && lhs.options == rhs.options && lhs.next == rhs.next
            && lhs.position == rhs.position && lhs.helps.map(\.text) == rhs.helps.map(\.text) && lhs.helps.map(\.when) == rhs.helps.map(\.when)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(position)
    }

    /// The options shown for the given answers (those whose `when` matches).
    public func visibleOptions(_ answers: [String: String]) -> [AnswerOption] {
        options.filter { $0.when.matches(answers) }
    }

    /// The option with this value, shown or not.
    public func option(_ value: String) -> AnswerOption? {
        options.first { $0.value == value }
    }

    /// Where the flow goes once this question is answered, or `nil` when no rule matches (a dead end).
    public func destination(_ answers: [String: String]) -> NextRule.Target? {
        next.first { $0.when.matches(answers) }?.target
    }
}

/// One choice of a question.
public struct AnswerOption: Hashable, Sendable {
    /// The public answer value (`--answer question=value`, saved sessions).
    public let value: String
    public let label: LocalizedText
    /// Extra explanation shown with the option.
    public let detail: LocalizedText?
    /// When the option is offered; `Condition.always` if it always is.
    public let when: Condition
    public let position: SourcePosition

    public init(value: String, label: LocalizedText, detail: LocalizedText? = nil, when: Condition = .always,
                position: SourcePosition) {
        self.value = value
        self.label = label
        self.detail = detail
        self.when = when
        self.position = position
    }
}

/// One rule of a question's `next`: when the condition matches, go to the target.
public struct NextRule: Hashable, Sendable {
    /// Where a rule leads.
    public enum Target: Hashable, Sendable {
        case question(String)
        case end
    }

    public let when: Condition
    public let target: Target
    public let position: SourcePosition

    public init(when: Condition = .always, target: Target, position: SourcePosition) {
        self.when = when
        self.target = target
        self.position = position
    }
}
