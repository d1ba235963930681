import Foundation

/// A letter the plan offers to fill in and print (a French lettre de résiliation, a power of attorney):
/// paragraphs written in the letter's own language, each with Chinese and English renderings so the
/// user understands what they sign, and blanks such as `{name}` that a form fills in.
public struct Letter: Hashable, Sendable {
    /// One paragraph; it is part of the letter when its condition matches the answers.
    public struct Paragraph: Hashable, Sendable {
        public let when: Condition
        public let text: LocalizedText
        public let position: SourcePosition

        public init(when: Condition, text: LocalizedText, position: SourcePosition) {
            self.when = when
            self.text = text
            self.position = position
        }
    }

    /// The blanks a letter may use, in the order a form asks for them.
    public static let fields = ["name", "birth_date", "address", "phone", "customer_number", "proxy_name",
                                "proxy_id", "place", "date"]

    public let id: String
    /// When the plan offers the letter.
    public let when: Condition
    public let title: LocalizedText
    /// The language the letter is written and signed in (`fr`, or `en` for Hong Kong).
    public let language: String
    public let paragraphs: [Paragraph]
    /// What the user must enclose or hand over with the letter.
    public let enclosures: [Reference]
    public let sources: [Reference]
    /// The kind of step the letter goes with (`post` for a letter to send, `delegate` for a power of
    /// attorney); lint checks that every plan offering the letter has such a step.
    public let channel: Channel?
    public let position: SourcePosition

    public init(id: String, when: Condition, title: LocalizedText, language: String, paragraphs: [Paragraph],
                enclosures: [Reference], sources: [Reference], channel: Channel? = nil, position: SourcePosition) {
        self.channel = channel
        self.id = id
        self.when = when
        self.title = title
        self.language = language
        self.paragraphs = paragraphs
        self.enclosures = enclosures
        self.sources = sources
        self.position = position
    }

    /// The paragraphs that apply to these answers.
    public func paragraphs(for answers: [String: String]) -> [Paragraph] {
        paragraphs.filter { $0.when.matches(answers) }
    }

    /// The blanks used by the paragraphs that apply, in form order.
    public func fieldsUsed(for answers: [String: String]) -> [String] {
        let texts = paragraphs(for: answers).flatMap { $0.text.translations.values }
        return Self.fields.filter { field in texts.contains { $0.contains("{\(field)}") } }
    }

    /// `text` with every `{field}` replaced by its value, or by a line to write on when it is empty.
    public static func fill(_ text: String, _ values: [String: String]) -> String {
        var out = text
        for field in fields {
            let value = values[field]?.trimmingCharacters(in: .whitespaces) ?? ""
            out = out.replacingOccurrences(of: "{\(field)}", with: value.isEmpty ? "________________" : value)
        }
        return out
    }
}
