import SimguideCore

/// Writes parts of a flow model as Swift expressions that rebuild them. Every expression names its type
/// (`Question(...)`, `LocalizedText([...])`) and every literal is homogeneous, so the type checker never
/// has to search; positions name their file as `f[i]`, the i-th file of the flow, known only at run time.
struct ModelWriter {
    /// Why a flow cannot be written: a position naming a file that is not one of the flow's.
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    /// The index of each of the flow's files.
    let fileIndex: [String: Int]

    init(files: [String]) {
        var index: [String: Int] = [:]
        for (offset, file) in files.enumerated() where index[file] == nil { index[file] = offset }
        fileIndex = index
    }

    func question(_ question: Question) throws -> String {
        let helps = try question.helps.map { "(when: \(try condition($0.when)), text: \(text($0.text)))" }
        return """
            Question(
                    id: \(string(question.id)),
                    prompt: \(text(question.prompt)),
                    helps: [\(helps.joined(separator: ",\n            "))],
                    options: [
                        \(try question.options.map(option).joined(separator: ",\n                "))
                    ],
                    next: [\(try question.next.map(next).joined(separator: ", "))],
                    position: \(try position(question.position)))
            """
    }

    func rule(_ rule: PlanRule) throws -> String {
        """
        PlanRule(
                    id: \(string(rule.id)),
                    when: \(try condition(rule.when)),
                    steps: [
                        \(try rule.steps.map(step).joined(separator: ",\n                "))
                    ],
                    warnings: [
                        \(try rule.warnings.map(warning).joined(separator: ",\n                "))
                    ],
                    reminder: \(try SwiftLiteral.optional(rule.reminder, reminder)),
                    position: \(try position(rule.position)))
        """
    }

    func document(_ document: Document) throws -> String {
        "Document(id: \(string(document.id)), name: \(text(document.name)), note: \(optionalText(document.note)), "
            + "position: \(try position(document.position)))"
    }

    func contact(_ contact: Contact) throws -> String {
        """
        Contact(
                    id: \(string(contact.id)), name: \(text(contact.name)),
                    phone: \(SwiftLiteral.optional(contact.phone, string)),
                    fromAbroad: \(optionalText(contact.fromAbroad)),
                    url: \(SwiftLiteral.optional(contact.url, string)),
                    note: \(optionalText(contact.note)),
                    position: \(try position(contact.position)))
        """
    }

    func source(_ source: Source) throws -> String {
        let review: String
        switch source.review {
        case .every(let months): review = "SourceReview.every(months: \(months))"
        case .by(let day): review = "SourceReview.by(\(date(day)))"
        }
        return """
            Source(
                    id: \(string(source.id)), title: \(text(source.title)),
                    url: \(string(source.url)), checked: \(string(source.checked)),
                    confidence: Source.Confidence.\(source.confidence.rawValue), review: \(review),
                    position: \(try position(source.position)))
            """
    }

    func letter(_ letter: Letter) throws -> String {
        let paragraphs = try letter.paragraphs.map { paragraph in
            "Letter.Paragraph(when: \(try condition(paragraph.when)), text: \(text(paragraph.text)), "
                + "position: \(try position(paragraph.position)))"
        }
        return """
            Letter(
                    id: \(string(letter.id)),
                    when: \(try condition(letter.when)),
                    title: \(text(letter.title)),
                    language: \(string(letter.language)),
                    paragraphs: [
                        \(paragraphs.joined(separator: ",\n                "))
                    ],
                    enclosures: \(try references(letter.enclosures)),
                    sources: \(try references(letter.sources)),
                    channel: \(SwiftLiteral.optional(letter.channel) { "Channel.\($0.rawValue)" }),
                    position: \(try position(letter.position)))
            """
    }

    func letterBlank(_ blank: LetterBlank) throws -> String {
        "LetterBlank(id: \(string(blank.id)), label: \(text(blank.label)), position: \(try position(blank.position)))"
    }

    func text(_ text: LocalizedText) -> String {
        let pairs = text.translations.sorted { $0.key < $1.key }.map { "\(string($0.key)): \(string($0.value))" }
        return "LocalizedText([\(pairs.isEmpty ? ":" : pairs.joined(separator: ", "))])"
    }

    func position(_ position: SourcePosition) throws -> String {
        guard let file = fileIndex[position.file] else {
            throw Problem(description: "\(position): the position names a file that is not one of the flow's")
        }
        return "SourcePosition(file: f[\(file)], line: \(position.line), column: \(position.column))"
    }

    func string(_ text: String) -> String { SwiftLiteral.string(text) }

    // MARK: Parts of parts

    private func option(_ option: AnswerOption) throws -> String {
        "AnswerOption(value: \(string(option.value)), label: \(text(option.label)), detail: \(optionalText(option.detail)), "
            + "when: \(try condition(option.when)), position: \(try position(option.position)))"
    }

    private func next(_ rule: NextRule) throws -> String {
        let target: String
        switch rule.target {
        case .question(let id): target = "NextRule.Target.question(\(string(id)))"
        case .end: target = "NextRule.Target.end"
        }
        return "NextRule(when: \(try condition(rule.when)), target: \(target), position: \(try position(rule.position)))"
    }

    private func step(_ step: Step) throws -> String {
        """
        Step(
                            phase: Phase.\(step.phase.rawValue), order: \(step.order), channel: Channel.\(step.channel.rawValue),
                            title: \(text(step.title)),
                            text: \(optionalText(step.text)),
                            cost: \(optionalText(step.cost)),
                            duration: \(optionalText(step.duration)),
                            deadline: \(optionalText(step.deadline)),
                            documents: \(try references(step.documents)),
                            contacts: \(try references(step.contacts)),
                            sources: \(try references(step.sources)),
                            period: \(period(step.period)),
                            position: \(try position(step.position)), key: \(string(step.key)))
        """
    }

    private func warning(_ warning: Warning) throws -> String {
        "Warning(text: \(text(warning.text)), sources: \(try references(warning.sources)), "
            + "period: \(period(warning.period)), position: \(try position(warning.position)))"
    }

    private func reminder(_ reminder: ReminderRule) throws -> String {
        "ReminderRule(validDays: \(reminder.validDays), basis: \(text(reminder.basis)), "
            + "confidence: Source.Confidence.\(reminder.confidence.rawValue), sources: \(try references(reminder.sources)), "
            + "position: \(try position(reminder.position)))"
    }

    private func condition(_ condition: Condition) throws -> String {
        guard !condition.clauses.isEmpty else { return "Condition.always" }
        let clauses = try condition.clauses.map { clause in
            "Condition.Clause(require: [\(try clause.require.map(entry).joined(separator: ", "))], "
                + "exclude: [\(try clause.exclude.map(entry).joined(separator: ", "))])"
        }
        return "Condition(clauses: [\(clauses.joined(separator: ", "))])"
    }

    private func entry(_ entry: Condition.Entry) throws -> String {
        let values = entry.values.map(string).joined(separator: ", ")
        return "Condition.Entry(question: \(string(entry.question)), values: [\(values)], "
            + "position: \(try SwiftLiteral.optional(entry.position, position)))"
    }

    private func references(_ references: [Reference]) throws -> String {
        let items = try references.map { "Reference(id: \(string($0.id)), position: \(try position($0.position)))" }
        return "[\(items.joined(separator: ", "))]"
    }

    private func period(_ period: ValidityPeriod) -> String {
        guard period != .always else { return "ValidityPeriod.always" }
        return "ValidityPeriod(from: \(SwiftLiteral.optional(period.from, date)), until: \(SwiftLiteral.optional(period.until, date)))"
    }

    private func optionalText(_ value: LocalizedText?) -> String { SwiftLiteral.optional(value, text) }

    /// A day as its day number, which every number is, with the date beside it for the reader.
    private func date(_ day: CivilDate) -> String { "CivilDate(dayNumber: \(day.dayNumber) /* \(day) */)" }
}
