/// Ids that are declared twice: questions, options of one question, rules, documents, contacts, sources.
struct DuplicateCheck {
    let flow: Flow

    func findings() -> [Finding] {
        var found = duplicates("question", flow.questions.map { ($0.id, $0.position) })
        for question in flow.questions {
            found += duplicates("option of '\(question.id)'", question.options.map { ($0.value, $0.position) })
        }
        found += duplicates("rule", flow.rules.map { ($0.id, $0.position) })
        found += duplicates("document", flow.documents.map { ($0.id, $0.position) })
        found += duplicates("contact", flow.contacts.map { ($0.id, $0.position) })
        found += duplicates("source", flow.sources.map { ($0.id, $0.position) })
        return found
    }

    private func duplicates(_ what: String, _ items: [(String, SourcePosition)]) -> [Finding] {
        var first: [String: SourcePosition] = [:]
        var found: [Finding] = []
        for (id, position) in items {
            if let earlier = first[id] {
                found.append(Finding(.error, .duplicateID, at: position,
                                     "\(what) '\(id)' is declared again (first at \(earlier)); give it another id or remove one"))
            } else {
                first[id] = position
            }
        }
        return found
    }
}
