/// A user-facing string in several languages, keyed by language code (`zh`, `zh-Hant`, `en`, and `fr`
/// where a letter needs French).
public struct LocalizedText: Hashable, Sendable {
    /// One translation: a language code (`*` for a text that is the same in every language) and its text.
    public struct Translation: Hashable, Sendable {
        public let code: String
        public let text: String

        public init(_ code: String, _ text: String) {
            self.code = code
            self.text = text
        }
    }

    /// The translations, one per language code, sorted by code. A text has a handful at most, so they are
    /// looked up by a scan: cheaper than hashing, and the compiled flow builds thousands of texts at start
    /// without a dictionary for each.
    public let entries: [Translation]

    public init(_ translations: [String: String]) {
        entries = translations.map { Translation($0.key, $0.value) }.sorted { $0.code < $1.code }
    }

    /// Translations as `flow-compiler` writes them: sorted by code, one per code. Given otherwise, they are
    /// sorted here and a repeated code keeps its first text, as `init(_:)` would have it.
    public init(sorted entries: [Translation]) {
        if zip(entries, entries.dropFirst()).allSatisfy({ $0.code < $1.code }) {
            self.entries = entries
            return
        }
        var firstOfEach: [Translation] = []
        for entry in entries where !firstOfEach.contains(where: { $0.code == entry.code }) { firstOfEach.append(entry) }
        self.entries = firstOfEach.sorted { $0.code < $1.code }
    }

    /// The same text for every language (names such as "Free Mobile" or a source's own title).
    public init(verbatim text: String) {
        entries = [Translation("*", text)]
    }

    /// The translations, keyed by language code.
    public var translations: [String: String] {
        Dictionary(entries.map { ($0.code, $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether the text is the same in every language.
    public var isVerbatim: Bool { translation("*") != nil }

    /// The text written for `code` exactly, without falling back to another language.
    public func translation(_ code: String) -> String? {
        for entry in entries where entry.code == code { return entry.text }
        return nil
    }

    /// The text in `language`; a text not written in it yet falls back to the language its interface
    /// catalogue names as `language.fallback` (Simplified Chinese for Traditional), then to English, then
    /// Chinese, then any translation. Lint reports the missing text when the flow declares the language.
    public func text(_ language: Language) -> String {
        if let text = translation("*") ?? translation(language.code) { return text }
        if let fallback = language.fallback, let text = translation(fallback) { return text }
        return translation("en") ?? translation("zh") ?? entries.map(\.text).min() ?? ""
    }

    /// The language codes among `required` that have no translation.
    public func missing(_ required: [String]) -> [String] {
        if isVerbatim { return [] }
        return required.filter { (translation($0) ?? "").isEmpty }
    }
}
