/// User-facing text that lacks Chinese or English.
struct TranslationCheck {
    let flow: Flow
    static let required: [Language] = [.zh, .en]

    func findings() -> [Finding] {
        var found: [Finding] = []
        func check(_ text: LocalizedText?, _ what: String, _ position: SourcePosition) {
            guard let text else { return }
            for language in text.missing(Self.required) {
                found.append(Finding(.error, "missing-translation", at: position,
                                     "\(what) has no '\(language.rawValue)' text; add '\(language.rawValue): ...'"))
            }
        }
        check(flow.title, "the flow title", flow.startPosition)
        for question in flow.questions {
            check(question.prompt, "prompt of '\(question.id)'", question.position)
            check(question.help, "help of '\(question.id)'", question.position)
            for option in question.options {
                check(option.label, "label of '\(question.id)=\(option.value)'", option.position)
                check(option.detail, "detail of '\(question.id)=\(option.value)'", option.position)
            }
        }
        for rule in flow.rules {
            for step in rule.steps {
                for (text, field) in [(step.title, "title"), (step.text, "text"), (step.cost, "cost"),
                                      (step.duration, "duration"), (step.deadline, "deadline")] {
                    check(text, "\(field) of a step in rule '\(rule.id)'", step.position)
                }
            }
            for warning in rule.warnings { check(warning.text, "a warning in rule '\(rule.id)'", warning.position) }
        }
        for document in flow.documents {
            check(document.name, "name of document '\(document.id)'", document.position)
            check(document.note, "note of document '\(document.id)'", document.position)
        }
        for contact in flow.contacts {
            check(contact.name, "name of contact '\(contact.id)'", contact.position)
            check(contact.fromAbroad, "from_abroad of contact '\(contact.id)'", contact.position)
            check(contact.note, "note of contact '\(contact.id)'", contact.position)
        }
        return found
    }
}
