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

    /// The text in `language`; a Traditional Chinese text not written yet falls back to the Simplified
    /// one (lint reports it), any other to English, then Chinese, then any translation.
    public func text(_ language: Language) -> String {
        if let text = translations["*"] ?? translations[language.rawValue] { return text }
        if language == .zhHant, let simplified = translations["zh"] { return simplified }
        return translations["en"] ?? translations["zh"] ?? translations.values.sorted().first ?? ""
    }

    /// The languages among `required` that have no translation.
    public func missing(_ required: [Language]) -> [Language] {
        if isVerbatim { return [] }
        return required.filter { (translations[$0.rawValue] ?? "").isEmpty }
    }
}
