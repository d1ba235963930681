/// A plan rule: when its condition matches the answers, its steps and warnings join the plan.
public struct PlanRule: Hashable, Sendable {
    public let id: String
    public let when: Condition
    public let steps: [Step]
    public let warnings: [Warning]
    /// The card's validity rule, for renewal reminders.
    public let reminder: ReminderRule?
    public let position: SourcePosition

    public init(id: String, when: Condition, steps: [Step], warnings: [Warning], reminder: ReminderRule? = nil,
                position: SourcePosition) {
        self.id = id
        self.when = when
        self.steps = steps
        self.warnings = warnings
        self.reminder = reminder
        self.position = position
    }
}

/// When in the plan a step happens. Plans list phases in this order.
public enum Phase: String, CaseIterable, Sendable, Comparable {
    case prepare
    case act
    case afterwards

    public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .prepare: return 0
        case .act: return 1
        case .afterwards: return 2
        }
    }

    public func title(_ language: Language) -> String {
        switch self {
        case .prepare: return language.text(.phasePrepare)
        case .act: return language.text(.phaseAct)
        case .afterwards: return language.text(.phaseAfterwards)
        }
    }
}

/// How a step is carried out.
public enum Channel: String, CaseIterable, Sendable {
    case online
    case app
    case phone
    case sms
    case post
    case store
    case delegate
    /// Something the user does alone: check, decide, back up, wait.
    case yourself

    public func title(_ language: Language) -> String {
        switch self {
        case .online: return language.text(.channelOnline)
        case .app: return language.text(.channelApp)
        case .phone: return language.text(.channelPhone)
        case .sms: return language.text(.channelSms)
        case .post: return language.text(.channelPost)
        case .store: return language.text(.channelStore)
        case .delegate: return language.text(.channelDelegate)
        case .yourself: return language.text(.channelYourself)
        }
    }
}

/// One thing to do, in one phase, through one channel.
public struct Step: Hashable, Sendable {
    public let phase: Phase
    /// Sort key inside a phase; steps with equal order keep the order of the flow file.
    public let order: Int
    public let channel: Channel
    public let title: LocalizedText
    public let text: LocalizedText?
    public let cost: LocalizedText?
    public let duration: LocalizedText?
    public let deadline: LocalizedText?
    public let documents: [Reference]
    public let contacts: [Reference]
    public let sources: [Reference]
    /// The days this step holds (a fee from a given day); `.always` for most.
    public let period: ValidityPeriod
    public let position: SourcePosition
    /// A name for the step that survives edits elsewhere in the flow: its rule id and its number in the
    /// rule (`fr-cancel-orange/2`). Saved ticks refer to steps by this key.
    public let key: String

    public init(phase: Phase, order: Int, channel: Channel, title: LocalizedText, text: LocalizedText?,
                cost: LocalizedText?, duration: LocalizedText?, deadline: LocalizedText?,
                documents: [Reference], contacts: [Reference], sources: [Reference], period: ValidityPeriod = .always,
                position: SourcePosition, key: String) {
        self.key = key
        self.period = period
        self.phase = phase
        self.order = order
        self.channel = channel
        self.title = title
        self.text = text
        self.cost = cost
        self.duration = duration
        self.deadline = deadline
        self.documents = documents
        self.contacts = contacts
        self.sources = sources
        self.position = position
    }
}

/// Something the user must be warned about, with its sources.
public struct Warning: Hashable, Sendable {
    public let text: LocalizedText
    public let sources: [Reference]
    /// The days this warning holds; `.always` for most.
    public let period: ValidityPeriod
    public let position: SourcePosition

    public init(text: LocalizedText, sources: [Reference], period: ValidityPeriod = .always, position: SourcePosition) {
        self.text = text
        self.sources = sources
        self.period = period
        self.position = position
    }
}

/// An id that refers to a document, contact or source declared elsewhere, with where it was written.
public struct Reference: Hashable, Sendable {
    public let id: String
    public let position: SourcePosition

    public init(id: String, position: SourcePosition) {
        self.id = id
        self.position = position
    }
}
