#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

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

    public let id: String
    /// When the plan offers the letter.
    public let when: Condition
    public let title: LocalizedText
    /// The language the letter is written and signed in: any language code (`fr`; `en` for Hong Kong).
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
    public func fieldsUsed(for answers: [String: String], order: [String]) -> [String] {
        let used = Set(paragraphs(for: answers).flatMap { $0.text.entries.map(\.text) }.flatMap(Self.blanks(in:)))
        return order.filter(used.contains)
    }

    /// The `{blank}` names a text uses, in order (whatever is between braces; lint checks each is declared).
    public static func blanks(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// `text` with every `{field}` replaced by its value, or by a line to write on when it is empty.
    public static func fill(_ text: String, _ values: [String: String]) -> String {
        var out = text
        for field in Set(blanks(in: text)) {
            let value = values[field]?.trimmingSpaces() ?? ""
            out = out.replacing("{\(field)}", with: value.isEmpty ? "________________" : value)
        }
        return out
    }
}

/// A blank letters may use (`{name}`), with the label its form field shows.
public struct LetterBlank: Hashable, Sendable {
    public let id: String
    public let label: LocalizedText
    public let position: SourcePosition

    public init(id: String, label: LocalizedText, position: SourcePosition) {
        self.id = id
        self.label = label
        self.position = position
    }
}
