/// What only walking every path shows: dead ends, unreachable questions, options never shown, rules
/// never matched, and paths whose plan is empty or has nothing to do.
struct PathCheck {
    let flow: Flow

    func findings() -> [Finding] {
        var found: [Finding] = []
        var reached: Set<String> = []
        var shown: Set<String> = []
        var matchedRules: Set<String> = []
        var deadEnds: Set<String> = []
        var emptyReported = false
        var noActReported = false
        let index = RuleIndex(rules: flow.rules)

        let complete = PathEnumerator(flow: flow).walk(onPath: { path in
            for (question, value) in path.steps {
                reached.insert(question)
                shown.insert("\(question)=\(value)")
            }
            let answers = path.answers
            let matching = index.matching(answers)
            matchedRules.formUnion(matching.map(\.id))
            let steps = matching.flatMap(\.steps)
            if steps.isEmpty, !emptyReported {
                emptyReported = true
                found.append(Finding(.error, "empty-plan", at: flow.startPosition,
                                     "the path \(describe(path.steps)) gets a plan with no steps; add a rule for it"))
            } else if !steps.contains(where: { $0.phase == .act }), !noActReported {
                noActReported = true
                found.append(Finding(.warning, "no-act-step", at: flow.startPosition,
                                     "the path \(describe(path.steps)) gets a plan with no 'act' step"))
            }
        }, onDeadEnd: { end in
            for (question, value) in end.steps { reached.insert(question); shown.insert("\(question)=\(value)") }
            reached.insert(end.question)
            guard deadEnds.insert("\(end.question)|\(end.kind)").inserted, let question = flow.question(end.question) else { return }
            switch end.kind {
            case .noVisibleOption:
                found.append(Finding(.error, "dead-end", at: question.position,
                                     "after \(describe(end.steps)), question '\(question.id)' shows no option; widen an option's 'when'"))
            case .noMatchingNext:
                found.append(Finding(.error, "dead-end", at: question.position,
                                     "after \(describe(end.steps)), no 'next' rule of '\(question.id)' matches; end 'next' with a rule that has no 'when'"))
            case .missingQuestion:
                break  // reported by the reference and cycle checks
            }
        })
        if !complete {
            found.append(Finding(.warning, "too-many-paths", at: flow.startPosition,
                                 "the flow has more paths than lint walks; the path checks are incomplete"))
            return found
        }
        for question in flow.questions {
            guard reached.contains(question.id) else {
                found.append(Finding(.warning, "unreachable", at: question.position,
                                     "no path reaches question '\(question.id)'"))
                continue
            }
            for option in question.options where !shown.contains("\(question.id)=\(option.value)") {
                found.append(Finding(.warning, "option-never-shown", at: option.position,
                                     "no path shows option '\(option.value)' of '\(question.id)'; check its 'when'"))
            }
        }
        for rule in flow.rules where !matchedRules.contains(rule.id) {
            found.append(Finding(.warning, "rule-never-matches", at: rule.position,
                                 "no path matches rule '\(rule.id)'; check its 'when'"))
        }
        return found
    }

    private func describe(_ steps: [(question: String, value: String)]) -> String {
        steps.isEmpty ? "the start" : steps.map { "\($0.question)=\($0.value)" }.joined(separator: " ")
    }
}
