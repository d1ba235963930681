/// One user-facing text of a flow, what it is, and where it was written.
struct FlowText {
    let text: LocalizedText
    let what: String
    let position: SourcePosition
}

extension Flow {
    /// Every user-facing text: title, prompts, help, labels, steps, warnings, documents and contacts.
    /// Source titles are left out: they quote the source in its own words.
    var userTexts: [FlowText] {
        var texts: [FlowText] = []
        func add(_ text: LocalizedText?, _ what: String, _ position: SourcePosition) {
            if let text { texts.append(FlowText(text: text, what: what, position: position)) }
        }
        add(title, "the flow title", startPosition)
        for question in questions {
            add(question.prompt, "prompt of '\(question.id)'", question.position)
            for help in question.helps { add(help.text, "help of '\(question.id)'", question.position) }
            for option in question.options {
                add(option.label, "label of '\(question.id)=\(option.value)'", option.position)
                add(option.detail, "detail of '\(question.id)=\(option.value)'", option.position)
            }
        }
        for rule in rules {
            for step in rule.steps {
                for (text, field) in [(step.title, "title"), (step.text, "text"), (step.cost, "cost"),
                                      (step.duration, "duration"), (step.deadline, "deadline")] {
                    add(text, "\(field) of a step in rule '\(rule.id)'", step.position)
                }
            }
            for warning in rule.warnings { add(warning.text, "a warning in rule '\(rule.id)'", warning.position) }
            if let reminder = rule.reminder { add(reminder.basis, "the reminder basis in rule '\(rule.id)'", reminder.position) }
        }
        for blank in letterBlanks { add(blank.label, "label of letter blank '\(blank.id)'", blank.position) }
        for letter in letters {
            add(letter.title, "title of letter '\(letter.id)'", letter.position)
            for paragraph in letter.paragraphs {
                add(paragraph.text, "a paragraph of letter '\(letter.id)'", paragraph.position)
            }
        }
        for document in documents {
            add(document.name, "name of document '\(document.id)'", document.position)
            add(document.note, "note of document '\(document.id)'", document.position)
        }
        for contact in contacts {
            add(contact.name, "name of contact '\(contact.id)'", contact.position)
            add(contact.fromAbroad, "from_abroad of contact '\(contact.id)'", contact.position)
            add(contact.note, "note of contact '\(contact.id)'", contact.position)
        }
        return texts
    }
}
