/// Ids that are used but never declared: the start, `next` targets, questions and values in `when`,
/// and the documents, contacts and sources that steps and warnings cite.
struct ReferenceCheck {
    let flow: Flow

    func findings() -> [Finding] {
        var found: [Finding] = []
        let questionIDs = flow.questions.map(\.id)
        if flow.question(flow.start) == nil {
            found.append(unknown("start question", .unknownQuestion, flow.start, at: flow.startPosition, among: questionIDs))
        }
        for question in flow.questions {
            if question.options.isEmpty {
                found.append(Finding(.error, .noOptions, at: question.position,
                                     "question '\(question.id)' has no options; add at least one"))
            }
            for option in question.options { found += conditionFindings(option.when) }
            for rule in question.next {
                found += conditionFindings(rule.when)
                if case let .question(id) = rule.target, flow.question(id) == nil {
                    found.append(unknown("next question", .unknownQuestion, id, at: rule.position, among: questionIDs + ["end"]))
                }
            }
        }
        for rule in flow.rules {
            found += conditionFindings(rule.when)
            for step in rule.steps {
                found += references(step.documents, "document", .unknownDocument, flow.documents.map(\.id)) { flow.document($0) != nil }
                found += references(step.contacts, "contact", .unknownContact, flow.contacts.map(\.id)) { flow.contact($0) != nil }
                found += references(step.sources, "source", .unknownSource, flow.sources.map(\.id)) { flow.source($0) != nil }
            }
            for warning in rule.warnings {
                found += references(warning.sources, "source", .unknownSource, flow.sources.map(\.id)) { flow.source($0) != nil }
            }
            if let reminder = rule.reminder {
                found += references(reminder.sources, "source", .unknownSource, flow.sources.map(\.id)) { flow.source($0) != nil }
            }
        }
        for letter in flow.letters {
            found += conditionFindings(letter.when)
            for paragraph in letter.paragraphs { found += conditionFindings(paragraph.when) }
            found += references(letter.enclosures, "document", .unknownDocument, flow.documents.map(\.id)) { flow.document($0) != nil }
            found += references(letter.sources, "source", .unknownSource, flow.sources.map(\.id)) { flow.source($0) != nil }
        }
        return found
    }

    private func conditionFindings(_ condition: Condition) -> [Finding] {
        condition.entries.flatMap { entry -> [Finding] in
            let position = entry.position ?? flow.startPosition
            guard let question = flow.question(entry.question) else {
                return [unknown("question in 'when'", .unknownQuestion, entry.question, at: position, among: flow.questions.map(\.id))]
            }
            let values = question.options.map(\.value)
            return entry.values.filter { !values.contains($0) }.map { value in
                Finding(.error, .unknownValue, at: position,
                        "'\(value)' is not an option of question '\(question.id)'; use one of: \(values.joined(separator: ", "))")
            }
        }
    }

    private func references(_ refs: [Reference], _ what: String, _ code: FindingCode, _ ids: [String],
                            exists: (String) -> Bool) -> [Finding] {
        refs.filter { !exists($0.id) }.map { unknown(what, code, $0.id, at: $0.position, among: ids) }
    }

    private func unknown(_ what: String, _ code: FindingCode, _ id: String, at position: SourcePosition, among ids: [String]) -> Finding {
        let hint = YAMLNode.closest(to: id, among: ids).map { "; did you mean '\($0)'?" } ?? "; declare it or fix the id"
        return Finding(.error, code, at: position, "\(what) '\(id)' does not exist\(hint)")
    }
}
