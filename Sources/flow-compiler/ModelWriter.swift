import SimguideCore

/// Writes parts of a flow model as Swift expressions that rebuild them. Every expression names its type
/// (`Question(...)`, `LocalizedText(sorted: [...])`) and every literal is homogeneous, so the type checker never
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
        return Self.call("Question", [
            "id: \(string(question.id))",
            "prompt: \(text(question.prompt))",
            "helps: \(Self.list(helps))",
            "options: \(Self.list(try question.options.map(option)))",
            "next: \(Self.list(try question.next.map(next)))",
            "position: \(try position(question.position))",
        ])
    }

    func rule(_ rule: PlanRule) throws -> String {
        Self.call("PlanRule", [
            "id: \(string(rule.id))",
            "when: \(try condition(rule.when))",
            "steps: \(Self.list(try rule.steps.map(step)))",
            "warnings: \(Self.list(try rule.warnings.map(warning)))",
            "reminder: \(try SwiftLiteral.optional(rule.reminder, reminder))",
            "position: \(try position(rule.position))",
        ])
    }

    func document(_ document: Document) throws -> String {
        Self.call("Document", [
            "id: \(string(document.id))",
            "name: \(text(document.name))",
            "note: \(optionalText(document.note))",
            "position: \(try position(document.position))",
        ])
    }

    func contact(_ contact: Contact) throws -> String {
        Self.call("Contact", [
            "id: \(string(contact.id))",
            "name: \(text(contact.name))",
            "phone: \(SwiftLiteral.optional(contact.phone, string))",
            "fromAbroad: \(optionalText(contact.fromAbroad))",
            "url: \(SwiftLiteral.optional(contact.url, string))",
            "note: \(optionalText(contact.note))",
            "position: \(try position(contact.position))",
        ])
    }

    func source(_ source: Source) throws -> String {
        let review: String
        switch source.review {
        case .every(let months): review = "SourceReview.every(months: \(months))"
        case .by(let day): review = "SourceReview.by(\(date(day)))"
        }
        return Self.call("Source", [
            "id: \(string(source.id))",
            "title: \(text(source.title))",
            "url: \(string(source.url))",
            "checked: \(string(source.checked))",
            "confidence: Source.Confidence.\(source.confidence.rawValue)",
            "review: \(review)",
            "position: \(try position(source.position))",
        ])
    }

    func letter(_ letter: Letter) throws -> String {
        let paragraphs = try letter.paragraphs.map { paragraph in
            Self.call("Letter.Paragraph", [
                "when: \(try condition(paragraph.when))",
                "text: \(text(paragraph.text))",
                "position: \(try position(paragraph.position))",
            ])
        }
        return Self.call("Letter", [
            "id: \(string(letter.id))",
            "when: \(try condition(letter.when))",
            "title: \(text(letter.title))",
            "language: \(string(letter.language))",
            "paragraphs: \(Self.list(paragraphs))",
            "enclosures: \(try references(letter.enclosures))",
            "sources: \(try references(letter.sources))",
            "channel: \(SwiftLiteral.optional(letter.channel) { "Channel.\($0.rawValue)" })",
            "position: \(try position(letter.position))",
        ])
    }

    /// `Name(` with one argument a line, each indented under it.
    static func call(_ name: String, _ arguments: [String]) -> String {
        "\(name)(\n    " + arguments.map { indented($0, by: 4) }.joined(separator: ",\n    ") + ")"
    }

    /// `[]`, or `[` with one item a line, each indented under it.
    static func list(_ items: [String]) -> String {
        items.isEmpty ? "[]" : "[\n    " + items.map { indented($0, by: 4) }.joined(separator: ",\n    ") + ",\n]"
    }

    /// The text with every line after the first moved right by `spaces`.
    static func indented(_ text: String, by spaces: Int) -> String {
        var out = ""
        for character in text {
            out.append(character)
            if character == "\n" { out += String(repeating: " ", count: spaces) }
        }
        return out
    }

    func letterBlank(_ blank: LetterBlank) throws -> String {
        "LetterBlank(id: \(string(blank.id)), label: \(text(blank.label)), position: \(try position(blank.position)))"
    }

    func text(_ text: LocalizedText) -> String {
        let entries = text.entries.map { "LocalizedText.Translation(\(string($0.code)), \(string($0.text)))" }
        return "LocalizedText(sorted: [\(entries.joined(separator: ", "))])"
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
        Self.call("Step", [
            "phase: Phase.\(step.phase.rawValue)",
            "order: \(step.order)",
            "channel: Channel.\(step.channel.rawValue)",
            "title: \(text(step.title))",
            "text: \(optionalText(step.text))",
            "cost: \(optionalText(step.cost))",
            "duration: \(optionalText(step.duration))",
            "deadline: \(optionalText(step.deadline))",
            "documents: \(try references(step.documents))",
            "contacts: \(try references(step.contacts))",
            "sources: \(try references(step.sources))",
            "period: \(period(step.period))",
            "position: \(try position(step.position))",
            "key: \(string(step.key))",
        ])
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
