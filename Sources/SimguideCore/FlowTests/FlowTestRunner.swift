/// Runs one flow test: walks the flow with the case's answers as the wizard would, composes the plan, and
/// says, in words a content author can act on, every expectation it does not meet.
struct FlowTestRunner {
    let flow: Flow

    func failures(of test: FlowTestCase) -> [String] {
        var session = Session(flow: flow)
        let given = Dictionary(test.answers.map { ($0.question, $0.value) }, uniquingKeysWith: { first, _ in first })
        while let question = session.current {
            guard let value = given[question.id] else {
                return ["the path stops at '\(question.id)': add it to 'answers' (one of: \(session.visibleOptions.map(\.value).joined(separator: ", ")))"]
            }
            do {
                try session.answer(value)
            } catch {
                return ["'\(value)' is not an answer to '\(question.id)' here; allowed: \(session.visibleOptions.map(\.value).joined(separator: ", "))"]
            }
        }
        var failures: [String] = []
        let unasked = test.answers.map(\.question).filter { session.answers[$0] == nil }
        if !unasked.isEmpty { failures.append("not asked on this path: \(unasked.joined(separator: ", "))") }
        let plan = PlanComposer(flow: flow).compose(session)
        let stepKeys = plan.steps.map(\.key)
        let ruleIDs = Set(plan.ruleIDs)
        let documents = Set(plan.documents.map(\.id))
        let channels = Set(plan.steps.map(\.channel))
        let letters = Set(plan.letters.map(\.id))
        func expect(_ wanted: [String], in present: Set<String>, _ what: String) {
            for id in wanted where !present.contains(id) { failures.append("expected \(what) '\(id)', the plan has none") }
        }
        func refuse(_ unwanted: [String], in present: Set<String>, _ what: String) {
            for id in unwanted where present.contains(id) { failures.append("the plan has \(what) '\(id)', which it must not") }
        }
        expect(test.rules, in: ruleIDs, "rule")
        refuse(test.noRules, in: ruleIDs, "rule")
        expect(test.steps, in: Set(stepKeys), "step")
        refuse(test.noSteps, in: Set(stepKeys), "step")
        expect(test.documents, in: documents, "document")
        refuse(test.noDocuments, in: documents, "document")
        expect(test.channels.map(\.rawValue), in: Set(channels.map(\.rawValue)), "a step by channel")
        refuse(test.noChannels.map(\.rawValue), in: Set(channels.map(\.rawValue)), "a step by channel")
        expect(test.letters, in: letters, "letter")
        refuse(test.noLetters, in: letters, "letter")
        for (code, words) in test.contains.sorted(by: { $0.key < $1.key }) {
            let text = Self.texts(plan, code).joined(separator: "\n")
            for word in words where !text.contains(word) { failures.append("the \(code) plan does not say '\(word)'") }
        }
        for (code, words) in test.notContains.sorted(by: { $0.key < $1.key }) {
            let text = Self.texts(plan, code).joined(separator: "\n")
            for word in words where text.contains(word) { failures.append("the \(code) plan says '\(word)', which it must not") }
        }
        return failures
    }

    /// Every text of the plan in one language: steps, warnings, documents, contacts, letters' titles.
    static func texts(_ plan: Plan, _ code: String) -> [String] {
        let language = Language(code: code)
        var texts: [String] = []
        for step in plan.steps {
            texts += [step.title, step.text, step.cost, step.duration, step.deadline].compactMap { $0?.text(language) }
        }
        texts += plan.warnings.map { $0.text.text(language) }
        texts += plan.documents.flatMap { [$0.name.text(language), $0.note?.text(language) ?? ""] }
        texts += plan.contacts.flatMap { [$0.name.text(language), $0.phone ?? "", $0.fromAbroad?.text(language) ?? "", $0.note?.text(language) ?? ""] }
        texts += plan.letters.map { $0.title.text(language) }
        return texts
    }
}
