/// The lists a flow file may hold, read entry by entry and gathered across files.
struct FlowParts {
    var questions: [Question] = []
    var rules: [PlanRule] = []
    var documents: [Document] = []
    var contacts: [Contact] = []
    var sources: [Source] = []
    var letters: [Letter] = []

    mutating func read(_ file: YAMLMapping) throws {
        questions += try (file["questions"]?.sequence("questions") ?? []).map(Self.question)
        rules += try (file["rules"]?.sequence("rules") ?? []).map(Self.rule)
        documents += try (file["documents"]?.sequence("documents") ?? []).map(Self.document)
        contacts += try (file["contacts"]?.sequence("contacts") ?? []).map(Self.contact)
        sources += try (file["sources"]?.sequence("sources") ?? []).map(Self.source)
        letters += try (file["letters"]?.sequence("letters") ?? []).map(Self.letter)
    }

    // MARK: Letters

    static func letter(_ node: YAMLNode) throws -> Letter {
        let map = try node.mapping("a letter", allowed: ["id", "when", "title", "language", "channel", "paragraphs", "enclosures", "sources"])
        let languageNode = try map.required("language")
        let language = try languageNode.string("language")
        guard isLanguageCode(language) else {
            throw FlowError(.badValue, "'\(language)' is not a language code; write one such as fr, de or es (lower case)", at: languageNode.position)
        }
        return Letter(
            id: try map.required("id").identifier("a letter id"),
            when: try condition(try map.required("when")),
            title: try text(try map.required("title"), "title"),
            language: language,
            paragraphs: try map.required("paragraphs").sequence("paragraphs").map { item in
                let paragraph = try item.mapping("a paragraph", allowed: ["when", "text"])
                return Letter.Paragraph(when: try paragraph["when"].map(condition) ?? .always,
                                        text: try text(try paragraph.required("text"), "text"), position: item.position)
            },
            enclosures: try references(map["enclosures"], "enclosures"),
            sources: try references(map["sources"], "sources"),
            channel: try choice(try map.required("channel"), "channel", Channel.allCases),
            position: node.position)
    }

    // MARK: Questions

    static func question(_ node: YAMLNode) throws -> Question {
        let map = try node.mapping("a question", allowed: ["id", "prompt", "help", "options", "next"])
        return Question(
            id: try map.required("id").identifier("a question id"),
            prompt: try text(try map.required("prompt"), "prompt"),
            helps: try helps(map["help"]),
            options: try map.required("options").sequence("options").map(option),
            next: try next(map.required("next")),
            position: node.position)
    }

    static func option(_ node: YAMLNode) throws -> AnswerOption {
        let map = try node.mapping("an option", allowed: ["value", "label", "detail", "when"])
        return AnswerOption(
            value: try map.required("value").identifier("an option value"),
            label: try text(try map.required("label"), "label"),
            detail: try map["detail"].map { try text($0, "detail") },
            when: try map["when"].map(condition) ?? .always,
            position: node.position)
    }

    /// `next: question_id`, `next: end`, or a list of `{when, goto}` rules.
    static func next(_ node: YAMLNode) throws -> [NextRule] {
        if case .scalar = node.tree {
            return [NextRule(target: try target(node), position: node.position)]
        }
        return try node.sequence("next").map { item in
            let map = try item.mapping("a next rule", allowed: ["when", "goto"])
            return NextRule(when: try map["when"].map(condition) ?? .always,
                            target: try target(try map.required("goto")), position: item.position)
        }
    }

    private static func target(_ node: YAMLNode) throws -> NextRule.Target {
        let id = try node.identifier("a next question")
        return id == "end" ? .end : .question(id)
    }

    /// `when: {question: value | [values], not: {...}}`, or a list of such mappings (any may match).
    static func condition(_ node: YAMLNode) throws -> Condition {
        if case .sequence = node.tree {
            return Condition(clauses: try node.sequence("when").map(clause))
        }
        return Condition(clauses: [try clause(node)])
    }

    private static func clause(_ node: YAMLNode) throws -> Condition.Clause {
        guard case let .mapping(pairs, _) = node.tree, !pairs.isEmpty else {
            throw FlowError(.wrongType, "'when' must map question ids to values, like 'when: {region: fr}'", at: node.position)
        }
        let keys = try pairs.map { try node.child($0.key).identifier("a question id in 'when'") }
        let map = try node.mapping("'when'", allowed: keys)
        var clause = Condition.Clause()
        for entry in map.entries {
            if entry.key == "not" {
                let negated = try entry.value.mapping("'not'", allowed: try negatedKeys(entry.value))
                clause.exclude += try negated.entries.map { try conditionEntry($0.key, $0.value, $0.keyPosition) }
            } else {
                clause.require.append(try conditionEntry(entry.key, entry.value, entry.keyPosition))
            }
        }
        return clause
    }

    private static func negatedKeys(_ node: YAMLNode) throws -> [String] {
        guard case let .mapping(pairs, _) = node.tree else {
            throw FlowError(.wrongType, "'not' must map question ids to values, like 'not: {carrier: free}'", at: node.position)
        }
        return try pairs.map { try node.child($0.key).identifier("a question id in 'not'") }
    }

    private static func conditionEntry(_ question: String, _ node: YAMLNode, _ position: SourcePosition) throws -> Condition.Entry {
        let values = try node.identifiers("a value in 'when'").map(\.0)
        guard !values.isEmpty else {
            throw FlowError(.badValue, "'\(question)' in 'when' lists no values; name at least one", at: node.position)
        }
        return Condition.Entry(question: question, values: values, position: position)
    }

    // MARK: Plan rules

    static func rule(_ node: YAMLNode) throws -> PlanRule {
        let map = try node.mapping("a rule", allowed: ["id", "when", "steps", "warnings", "reminder"])
        let id = try map.required("id").identifier("a rule id")
        return PlanRule(
            id: id,
            when: try condition(try map.required("when")),
            steps: try (map["steps"]?.sequence("steps") ?? []).enumerated().map { try step($1, key: "\(id)/\($0 + 1)") },
            warnings: try (map["warnings"]?.sequence("warnings") ?? []).map(warning),
            reminder: try map["reminder"].map(reminder),
            position: node.position)
    }

    static func reminder(_ node: YAMLNode) throws -> ReminderRule {
        let map = try node.mapping("a reminder", allowed: ["valid_days", "basis", "confidence", "sources"])
        let daysNode = try map.required("valid_days")
        let days = try daysNode.integer("valid_days")
        guard (1...3650).contains(days) else {
            throw FlowError(.badValue, "valid_days must be between 1 and 3650 (days after the last top-up); found \(days)", at: daysNode.position)
        }
        return ReminderRule(
            validDays: days,
            basis: try text(try map.required("basis"), "basis"),
            confidence: try map["confidence"].map { try choice($0, "confidence", Source.Confidence.allCases) } ?? .medium,
            sources: try references(map["sources"], "sources"),
            position: node.position)
    }

    static func step(_ node: YAMLNode, key: String) throws -> Step {
        let map = try node.mapping("a step", allowed: [
            "phase", "order", "channel", "title", "text", "cost", "duration", "deadline",
            "documents", "contacts", "sources", "valid_from", "valid_until",
        ])
        return Step(
            phase: try choice(try map.required("phase"), "phase", Phase.allCases),
            order: try map["order"]?.integer("order") ?? 0,
            channel: try choice(try map.required("channel"), "channel", Channel.allCases),
            title: try text(try map.required("title"), "title"),
            text: try map["text"].map { try text($0, "text") },
            cost: try map["cost"].map { try text($0, "cost") },
            duration: try map["duration"].map { try text($0, "duration") },
            deadline: try map["deadline"].map { try text($0, "deadline") },
            documents: try references(map["documents"], "documents"),
            contacts: try references(map["contacts"], "contacts"),
            sources: try references(map["sources"], "sources"),
            period: try period(map), position: node.position, key: key)
    }

    static func warning(_ node: YAMLNode) throws -> Warning {
        let map = try node.mapping("a warning", allowed: ["text", "sources", "valid_from", "valid_until"])
        return Warning(text: try text(try map.required("text"), "text"),
                       sources: try references(map["sources"], "sources"), period: try period(map), position: node.position)
    }

    private static func references(_ node: YAMLNode?, _ what: String) throws -> [Reference] {
        guard let node else { return [] }
        return try node.identifiers("an id in '\(what)'").map { Reference(id: $0.0, position: $0.1) }
    }

    // MARK: Catalog

    static func document(_ node: YAMLNode) throws -> Document {
        let map = try node.mapping("a document", allowed: ["id", "name", "note"])
        return Document(id: try map.required("id").identifier("a document id"),
                        name: try text(try map.required("name"), "name"),
                        note: try map["note"].map { try text($0, "note") }, position: node.position)
    }

    static func contact(_ node: YAMLNode) throws -> Contact {
        let map = try node.mapping("a contact", allowed: ["id", "name", "phone", "from_abroad", "url", "note"])
        return Contact(id: try map.required("id").identifier("a contact id"),
                       name: try text(try map.required("name"), "name", verbatimAllowed: true),
                       phone: try map["phone"]?.string("phone"),
                       fromAbroad: try map["from_abroad"].map { try text($0, "from_abroad") },
                       url: try map["url"]?.string("url"),
                       note: try map["note"].map { try text($0, "note") }, position: node.position)
    }

    static func source(_ node: YAMLNode) throws -> Source {
        let map = try node.mapping("a source", allowed: ["id", "title", "url", "checked", "confidence", "review", "review_by"])
        return Source(id: try map.required("id").identifier("a source id"),
                      title: try text(try map.required("title"), "title", verbatimAllowed: true),
                      url: try map.required("url").string("url"),
                      checked: try map.required("checked").string("checked"),
                      confidence: try map["confidence"].map { try choice($0, "confidence", Source.Confidence.allCases) } ?? .medium,
                      review: try review(map), position: node.position)
    }

    /// `review: fees | procedure | law`, or `review_by: YYYY-MM-DD`, not both.
    private static func review(_ map: YAMLMapping) throws -> SourceReview {
        if let byNode = map["review_by"] {
            if let classNode = map["review"] {
                throw FlowError(.badValue, "give 'review' (a class) or 'review_by' (a day), not both", at: classNode.position)
            }
            return .by(try date(byNode, "review_by"))
        }
        guard let classNode = map["review"] else { return .standard }
        let name = try classNode.string("review")
        guard let known = SourceReview.classes.first(where: { $0.name == name }) else {
            let names = SourceReview.classes.map { "\($0.name) (\($0.months) months)" }.joined(separator: ", ")
            throw FlowError(.badValue, "'\(name)' is not a review class; use one of: \(names), or 'review_by: YYYY-MM-DD'", at: classNode.position)
        }
        return .every(months: known.months)
    }

    /// `valid_from` and `valid_until` of a step or warning.
    private static func period(_ map: YAMLMapping) throws -> ValidityPeriod {
        let period = ValidityPeriod(from: try map["valid_from"].map { try date($0, "valid_from") },
                                    until: try map["valid_until"].map { try date($0, "valid_until") })
        if let from = period.from, let until = period.until, until < from, let node = map["valid_until"] {
            throw FlowError(.badValue, "valid_until \(until) is before valid_from \(from)", at: node.position)
        }
        return period
    }

    private static func date(_ node: YAMLNode, _ what: String) throws -> CivilDate {
        let text = try node.string(what)
        guard let day = CivilDate(text) else {
            throw FlowError(.badDate, "\(what) '\(text)' is not a date; write a real day as YYYY-MM-DD", at: node.position)
        }
        return day
    }

    /// `help: {zh: ..., en: ...}` for every case, or a list of `- when: {...}` / `text: {...}` entries
    /// tried in order (an entry without `when` always matches).
    private static func helps(_ node: YAMLNode?) throws -> [(when: Condition, text: LocalizedText)] {
        guard let node else { return [] }
        guard case .sequence = node.tree else { return [(.always, try text(node, "help"))] }
        return try node.sequence("help").map { item in
            let entry = try item.mapping("a help text", allowed: ["when", "text"])
            return (try entry["when"].map(condition) ?? .always, try text(try entry.required("text"), "help"))
        }
    }

    // MARK: Values

    /// The interface languages; a text may also carry the language of a letter (`fr`, `de`, ... any code).
    static let languages = ["zh", "zh-Hant", "en"]

    /// A language code as texts are keyed by: two or three lower-case letters, with a script (`zh-Hant`).
    static func isLanguageCode(_ code: String) -> Bool {
        // On the bytes: this runs for every key of every text while a flow loads.
        let bytes = code.utf8
        let isLower = { (byte: UInt8) in (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }
        let isUpper = { (byte: UInt8) in (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
        guard let dash = bytes.firstIndex(of: UInt8(ascii: "-")) else {
            return (2...3).contains(bytes.count) && bytes.allSatisfy(isLower)
        }
        let base = bytes[..<dash], script = bytes[bytes.index(after: dash)...]
        return (2...3).contains(base.count) && base.allSatisfy(isLower) && script.count == 4
            && script.first.map(isUpper) == true && script.allSatisfy { isLower($0) || isUpper($0) }
    }

    /// `{zh: ..., en: ...}`; a plain string only where the same text serves every language (names).
    static func text(_ node: YAMLNode, _ what: String, verbatimAllowed: Bool = false) throws -> LocalizedText {
        if case .scalar = node.tree {
            guard verbatimAllowed else {
                throw FlowError(.wrongType, "'\(what)' needs one text per language, like '\(what): {zh: 中文, en: English}'",
                                at: node.position)
            }
            return LocalizedText(verbatim: try node.string(what))
        }
        let map = try node.mapping("'\(what)'", allowed: nil)
        // Any language code is a key (a letter may be written in German); anything else is a slip.
        if let odd = map.entries.first(where: { !isLanguageCode($0.key) }) {
            if let slip = YAMLNode.slip(odd.key, at: odd.keyPosition, after: nil) { throw FlowError(slip.code, slip.message, at: odd.keyPosition) }
            throw FlowError(.unknownKey, YAMLNode.unknownKeyMessage(odd.key, in: "'\(what)'", allowed: languages), at: odd.keyPosition)
        }
        var translations: [String: String] = [:]
        for entry in map.entries { translations[entry.key] = try entry.value.string("'\(what)' in \(entry.key)") }
        return LocalizedText(translations)
    }

    private static func choice<T: RawRepresentable>(_ node: YAMLNode, _ what: String, _ all: [T]) throws -> T
    where T.RawValue == String {
        let value = try node.string(what)
        guard let choice = T(rawValue: value) else {
            let names = all.map(\.rawValue)
            let hint = YAMLNode.closest(to: value, among: names).map { "did you mean '\($0)'? " } ?? ""
            throw FlowError(.badValue, "unknown \(what) '\(value)'; \(hint)use one of: \(names.joined(separator: ", "))",
                            at: node.position)
        }
        return choice
    }
}
