/// Builds the plan for a set of answers from every plan rule whose condition matches.
///
/// Steps are grouped by phase and ordered by their `order`, then by their place in the flow; documents,
/// contacts, warnings and sources are listed once each, in order of first use. A plan is made for a day:
/// steps and warnings with a validity period are left out on days it does not cover, and a validity rule
/// resting on a source overdue for review gives no date (the user gives the operator's expiry instead).
public struct PlanComposer {
    public let flow: Flow
    public let today: CivilDate

    public init(flow: Flow, today: CivilDate = .today()) {
        self.flow = flow
        self.today = today
    }

    /// The plan for a finished session.
    public func compose(_ session: Session) -> Plan {
        compose(answers: session.answers, asked: session.review)
    }

    /// The plan for these answers; `asked` is the list of questions and options to show with it.
    public func compose(answers: [String: String], asked: [(question: Question, option: AnswerOption)]) -> Plan {
        let matched = flow.rules.filter { $0.when.matches(answers) }
        let ordered = matched.flatMap(\.steps).filter { $0.period.includes(today) }.enumerated()
            .sorted { ($0.element.phase, $0.element.order, $0.offset) < ($1.element.phase, $1.element.order, $1.offset) }
            .map(\.element)
        let sections = Phase.allCases.compactMap { phase -> Plan.Section? in
            let steps = ordered.filter { $0.phase == phase }
            return steps.isEmpty ? nil : Plan.Section(phase: phase, steps: steps)
        }
        var warnings: [Warning] = []
        for warning in matched.flatMap(\.warnings) where warning.period.includes(today) && !warnings.contains(where: { $0.text == warning.text }) {
            warnings.append(warning)
        }
        let overdue = overdueSources()
        let reminder = matched.lazy.compactMap(\.reminder).first.flatMap { rule in
            rule.sources.contains { overdue[$0.id] != nil } ? nil : rule
        }
        let letters = flow.letters.filter { $0.when.matches(answers) }
        let cited = ordered.flatMap(\.sources) + warnings.flatMap(\.sources) + (reminder?.sources ?? [])
        let sources = unique(cited).compactMap(flow.source)
        return Plan(
            answers: asked,
            sections: sections,
            documents: unique(ordered.flatMap(\.documents)).compactMap(flow.document),
            contacts: unique(ordered.flatMap(\.contacts)).compactMap(flow.contact),
            warnings: warnings,
            sources: sources,
            ruleIDs: matched.map(\.id),
            flowTitle: flow.title,
            flowVersion: flow.version,
            reminder: reminder,
            letters: letters,
            enclosures: unique(letters.flatMap(\.enclosures)).compactMap(flow.document),
            answerValues: answers,
            day: today,
            overdue: overdue.filter { id, _ in sources.contains { $0.id == id } })
    }

    /// Every source whose review day is before today, with that day.
    private func overdueSources() -> [String: CivilDate] {
        var overdue: [String: CivilDate] = [:]
        for source in flow.sources {
            if let due = source.reviewDate, due < today { overdue[source.id] = due }
        }
        return overdue
    }

    private func unique(_ references: [Reference]) -> [String] {
        var seen: Set<String> = []
        return references.map(\.id).filter { seen.insert($0).inserted }
    }
}
