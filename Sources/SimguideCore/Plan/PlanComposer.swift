/// Builds the plan for a set of answers from every plan rule whose condition matches.
///
/// Steps are grouped by phase and ordered by their `order`, then by their place in the flow; documents,
/// contacts, warnings and sources are listed once each, in order of first use.
public struct PlanComposer {
    public let flow: Flow

    public init(flow: Flow) {
        self.flow = flow
    }

    /// The plan for a finished session.
    public func compose(_ session: Session) -> Plan {
        compose(answers: session.answers, asked: session.review)
    }

    /// The plan for these answers; `asked` is the list of questions and options to show with it.
    public func compose(answers: [String: String], asked: [(question: Question, option: AnswerOption)]) -> Plan {
        let matched = flow.rules.filter { $0.when.matches(answers) }
        let ordered = matched.flatMap(\.steps).enumerated()
            .sorted { ($0.element.phase, $0.element.order, $0.offset) < ($1.element.phase, $1.element.order, $1.offset) }
            .map(\.element)
        let sections = Phase.allCases.compactMap { phase -> Plan.Section? in
            let steps = ordered.filter { $0.phase == phase }
            return steps.isEmpty ? nil : Plan.Section(phase: phase, steps: steps)
        }
        var warnings: [Warning] = []
        for warning in matched.flatMap(\.warnings) where !warnings.contains(where: { $0.text == warning.text }) {
            warnings.append(warning)
        }
        let reminder = matched.lazy.compactMap(\.reminder).first
        let letters = flow.letters.filter { $0.when.matches(answers) }
        let cited = ordered.flatMap(\.sources) + warnings.flatMap(\.sources) + (reminder?.sources ?? [])
        return Plan(
            answers: asked,
            sections: sections,
            documents: unique(ordered.flatMap(\.documents)).compactMap(flow.document),
            contacts: unique(ordered.flatMap(\.contacts)).compactMap(flow.contact),
            warnings: warnings,
            sources: unique(cited).compactMap(flow.source),
            ruleIDs: matched.map(\.id),
            flowTitle: flow.title,
            flowVersion: flow.version,
            reminder: reminder,
            letters: letters,
            enclosures: unique(letters.flatMap(\.enclosures)).compactMap(flow.document),
            answerValues: answers)
    }

    private func unique(_ references: [Reference]) -> [String] {
        var seen: Set<String> = []
        return references.map(\.id).filter { seen.insert($0).inserted }
    }
}
