/// What only walking every path shows: dead ends, unreachable questions, options never shown, rules
/// never matched, and the content rules every plan must meet (something to do, something to bring, the
/// carrier's own steps, the step a letter goes with).
///
/// Paths that fail the same way at the same option are one finding, placed at that option (the last
/// answer of the path), with how many paths it covers: one cause, one finding.
struct PathCheck {
    let flow: Flow

    /// The question whose answer names the carrier (a public id). Where the other carriers of a situation
    /// have act steps written for them, each carrier must have its own, or a new carrier silently gets
    /// only the steps written for every carrier (a fallback letter, say).
    static let carrierQuestion = "carrier"

    func findings() -> [Finding] {
        var found: [Finding] = []
        var reached: Set<String> = []
        var shown: Set<String> = []
        var matchedRules: Set<String> = []
        var deadEnds: Set<String> = []
        var askedBefore: [String: Set<String>] = [:]
        var grouped = GroupedPaths()
        // Per situation (the path's other answers): whether each carrier has act steps written for it.
        var carrierSteps: [String: [(carrier: String, specific: Bool, path: [(question: String, value: String)])]] = [:]
        let index = RuleIndex(rules: flow.rules)

        let complete = PathEnumerator(flow: flow).walk(onPath: { path in
            for (offset, step) in path.steps.enumerated() {
                reached.insert(step.question)
                shown.insert("\(step.question)=\(step.value)")
                askedBefore[step.question, default: []].formUnion(path.steps.prefix(offset).map(\.question))
            }
            let answers = path.answers
            let matching = index.matching(answers)
            matchedRules.formUnion(matching.map(\.id))
            let steps = matching.flatMap(\.steps)
            let place = lastOption(path.steps)
            if steps.isEmpty {
                grouped.add(.emptyPlan, at: place, path.steps)
                return
            }
            if !steps.contains(where: { $0.phase == .act }) { grouped.add(.noActStep, at: place, path.steps) }
            if steps.allSatisfy(\.documents.isEmpty) { grouped.add(.noDocument, at: place, path.steps) }
            if let carrier = answers[Self.carrierQuestion] {
                let situation = path.steps.map { $0.question == Self.carrierQuestion ? "\($0.question)=*" : "\($0.question)=\($0.value)" }
                let specific = matching.contains { rule in rule.steps.contains { $0.phase == .act } && names(rule, carrier) }
                carrierSteps[situation.joined(separator: " "), default: []].append((carrier, specific, path.steps))
            }
            for letter in flow.letters where letter.when.matches(answers) {
                if let channel = letter.channel, !steps.contains(where: { $0.channel == channel }) {
                    grouped.add(.letterWithoutChannel, at: letter.position, path.steps, subject: "\(letter.id)|\(channel.rawValue)")
                }
            }
        }, onDeadEnd: { end in
            for (question, value) in end.steps { reached.insert(question); shown.insert("\(question)=\(value)") }
            reached.insert(end.question)
            guard deadEnds.insert("\(end.question)|\(end.kind)").inserted, let question = flow.question(end.question) else { return }
            switch end.kind {
            case .noVisibleOption:
                found.append(Finding(.error, .deadEnd, at: question.position,
                                     "after \(describe(end.steps)), question '\(question.id)' shows no option; widen an option's 'when'"))
            case .noMatchingNext:
                found.append(Finding(.error, .deadEnd, at: question.position,
                                     "after \(describe(end.steps)), no 'next' rule of '\(question.id)' matches; end 'next' with a rule that has no 'when'"))
            case .missingQuestion:
                break  // reported by the reference and cycle checks
            }
        })
        for situation in carrierSteps.keys.sorted() {
            // Flagged when most of the other carriers of the situation have steps of their own: then the
            // content is written per carrier here, and this one was forgotten.
            guard let carriers = carrierSteps[situation], carriers.filter(\.specific).count * 2 > carriers.count - 1 else { continue }
            for entry in carriers where !entry.specific && entry.carrier != "other" {
                guard let option = flow.question(Self.carrierQuestion)?.option(entry.carrier) else { continue }
                grouped.add(.carrierUncovered, at: option.position, entry.path, subject: entry.carrier)
            }
        }
        found += grouped.findings(describe: describe)
        if !complete {
            found.append(Finding(.warning, .tooManyPaths, at: flow.startPosition,
                                 "the flow has more paths than lint walks; the path checks are incomplete"))
            return found
        }
        for question in flow.questions {
            guard reached.contains(question.id) else {
                found.append(Finding(.warning, .unreachable, at: question.position,
                                     "no path reaches question '\(question.id)'"))
                continue
            }
            for option in question.options where !shown.contains("\(question.id)=\(option.value)") {
                found.append(Finding(.warning, .optionNeverShown, at: option.position,
                                     optionNeverShown(option, of: question, askedBefore: askedBefore[question.id] ?? [])))
            }
        }
        for rule in flow.rules where !matchedRules.contains(rule.id) {
            found.append(Finding(.warning, .ruleNeverMatches, at: rule.position,
                                 "no path matches rule '\(rule.id)'; check its 'when'"))
        }
        return found
    }

    /// Whether `rule` names `carrier` among the carriers it requires.
    private func names(_ rule: PlanRule, _ carrier: String) -> Bool {
        rule.when.clauses.contains { clause in
            clause.require.contains { $0.question == Self.carrierQuestion && $0.values.contains(carrier) }
        }
    }

    /// Where a path's trouble starts: its last answer.
    private func lastOption(_ steps: [(question: String, value: String)]) -> SourcePosition {
        guard let last = steps.last, let option = flow.question(last.question)?.option(last.value) else { return flow.startPosition }
        return option.position
    }

    /// Why an option is never shown: its `when` names a question no path asks before this one (a later
    /// question, or one on another branch), or values that never occur together.
    private func optionNeverShown(_ option: AnswerOption, of question: Question, askedBefore: Set<String>) -> String {
        let named = option.when.clauses.flatMap { $0.require + $0.exclude }.map(\.question)
        if let missing = named.first(where: { !askedBefore.contains($0) }) {
            return "no path shows option '\(option.value)' of '\(question.id)': its 'when' names '\(missing)', which no path asks before '\(question.id)'; a 'when' can only use earlier answers"
        }
        return "no path shows option '\(option.value)' of '\(question.id)'; no path gives the answers its 'when' asks for together"
    }

    private func describe(_ steps: [(question: String, value: String)]) -> String {
        steps.isEmpty ? "the start" : steps.map { "\($0.question)=\($0.value)" }.joined(separator: " ")
    }
}

/// Paths that fail one content rule, grouped by where the trouble starts.
private struct GroupedPaths {
    private struct Key: Hashable {
        let code: FindingCode
        let position: SourcePosition
        let subject: String
    }

    private var groups: [Key: (first: [(question: String, value: String)], count: Int)] = [:]
    private var order: [Key] = []

    mutating func add(_ code: FindingCode, at position: SourcePosition, _ path: [(question: String, value: String)], subject: String = "") {
        let key = Key(code: code, position: position, subject: subject)
        if let group = groups[key] {
            groups[key] = (group.first, group.count + 1)
        } else {
            groups[key] = (path, 1)
            order.append(key)
        }
    }

    func findings(describe: ([(question: String, value: String)]) -> String) -> [Finding] {
        order.compactMap { key in
            guard let group = groups[key] else { return nil }
            let path = "the path \(describe(group.first))" + (group.count > 1 ? " (and \(group.count - 1) more like it)" : "")
            switch key.code {
            case .emptyPlan:
                return Finding(.error, .emptyPlan, at: key.position, "\(path) gets a plan with no steps; add a rule for it")
            case .noActStep:
                return Finding(.warning, .noActStep, at: key.position, "\(path) gets a plan with no 'act' step: nothing tells the user what to do")
            case .noDocument:
                return Finding(.warning, .noDocument, at: key.position, "\(path) gets a plan that needs no document; every plan should say what to have at hand")
            case .carrierUncovered:
                return Finding(.warning, .carrierUncovered, at: key.position,
                               "\(path) has no 'act' step written for carrier '\(key.subject)' where most carriers have theirs, only steps for every carrier; add a rule with carrier: \(key.subject)")
            case .letterWithoutChannel:
                let parts = key.subject.split(separator: "|").map(String.init)
                return Finding(.error, .letterWithoutChannel, at: key.position,
                               "letter '\(parts.first ?? "")' is offered on \(path), whose plan has no '\(parts.last ?? "")' step to send or hand it over; narrow the letter's 'when' or add the step")
            default:
                return nil
            }
        }
    }
}
