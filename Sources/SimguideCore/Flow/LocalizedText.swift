/// A user-facing string in several languages, keyed by language code (`zh`, `zh-Hant`, `en`, and `fr`
/// where a letter needs French).
public struct LocalizedText: Hashable, Sendable {
    /// The translations, keyed by language code.
    public let translations: [String: String]

    public init(_ translations: [String: String]) {
        self.translations = translations
    }

    /// The same text for every language (names such as "Free Mobile" or a source's own title).
    public init(verbatim text: String) {
        self.translations = ["*": text]
    }

    /// Whether the text is the same in every language.
    public var isVerbatim: Bool { translations["*"] != nil }

    /// The text in `language`; a text not written in it yet falls back to the language its interface
    /// catalogue names as `language.fallback` (Simplified Chinese for Traditional), then to English, then
    /// Chinese, then any translation. Lint reports the missing text when the flow declares the language.
    public func text(_ language: Language) -> String {
        if let text = translations["*"] ?? translations[language.code] { return text }
        if let fallback = language.fallback, let text = translations[fallback] { return text }
        return translations["en"] ?? translations["zh"] ?? translations.values.sorted().first ?? ""
    }

    /// The language codes among `required` that have no translation.
    public func missing(_ required: [String]) -> [String] {
        if isVerbatim { return [] }
        return required.filter { (translations[$0] ?? "").isEmpty }
    }
}
