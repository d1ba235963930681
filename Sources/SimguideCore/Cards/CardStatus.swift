/// Where a kept card stands today: its deadline from what the user recorded and the content's validity
/// rule, and how urgent renewing is.
///
/// Dates are calendar days as the operator states them (the card's region); "today" is the user's own
/// calendar day. The two may differ by a day across time zones, which the renew-by margin
/// (`RenewalDeadline.safetyMargin`, 7 days) absorbs.
public struct CardStatus: Equatable, Sendable {
    /// How soon the card needs action, most urgent first.
    public enum Urgency: Int, Comparable, Sendable {
        /// The renew-by day has passed.
        case overdue
        /// The renew-by day is within the window asked for (30 days by default).
        case dueSoon
        case fine
        /// No deadline can be computed: the user must enter the operator's expiry date.
        case unknown

        public static func < (lhs: Urgency, rhs: Urgency) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Why the deadline is missing or must be confirmed.
    public enum Note: Equatable, Sendable {
        /// A top-up is recorded, but the content gives no validity rule for this card.
        case needsExpiry
        /// The validity rule rests on a source overdue for review: ask the operator for the expiry date.
        case ruleToConfirm
        /// The content's validity rule changed since the card was added (days then, days now).
        case ruleChanged(from: Int, to: Int?)
        /// The card's answers no longer lead to a renewal plan in the current content.
        case answersNoLongerFit
    }

    public let deadline: RenewalDeadline?
    public let urgency: Urgency
    public let notes: [Note]
    /// Days from today to the renew-by day (negative when overdue).
    public let daysLeft: Int?

    /// The status of a card with these answers and the date last recorded (`expires` or `lastTopUp`), as
    /// of `today`.
    /// - Parameters:
    ///   - ruleDays: the validity rule's days when the card was added or last topped up, to tell a change.
    public init(answers: [(question: String, value: String)], lastTopUp: CivilDate?, expires: CivilDate?, ruleDays: Int?,
                flow: Flow, today: CivilDate, within: Int = 30) {
        var notes: [Note] = []
        var session = Session(flow: flow)
        let unused = session.replay(answers)
        var rule: ReminderRule?
        if !unused.isEmpty || !session.isComplete || session.answers["action"] != "renew" {
            notes.append(.answersNoLongerFit)
        } else {
            let plan = PlanComposer(flow: flow, today: today).compose(session)
            rule = plan.reminder
            let written = flow.rules.first { $0.when.matches(session.answers) && $0.reminder != nil }?.reminder
            if rule == nil, written != nil { notes.append(.ruleToConfirm) }
            if let ruleDays, ruleDays != (written?.validDays) { notes.append(.ruleChanged(from: ruleDays, to: written?.validDays)) }
        }
        // A card keeps what the user last recorded: the operator's expiry date, or the day of a top-up
        // (recording one clears the other).
        var deadline: RenewalDeadline?
        if let expires {
            deadline = try? RenewalDeadline(.expiry(expires), rule: nil)
        } else if let lastTopUp {
            deadline = try? RenewalDeadline(.lastTopUp(lastTopUp), rule: rule)
            if deadline == nil, !notes.contains(.ruleToConfirm) { notes.append(.needsExpiry) }
        }
        self.deadline = deadline
        self.notes = notes
        if let deadline {
            let days = today.days(until: deadline.renewBy)
            daysLeft = days
            urgency = days < 0 ? .overdue : days <= within ? .dueSoon : .fine
        } else {
            daysLeft = nil
            urgency = .unknown
        }
    }
}
