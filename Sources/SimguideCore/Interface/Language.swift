/// A language the wizard and its plans can be shown in: one that has a catalogue of interface texts
/// (`Resources/interface/CODE.txt`). Simplified Chinese (`zh`), Traditional Chinese with Hong Kong usage
/// (`zh-Hant`: 增值, 上台, 攜號轉台) and English (`en`) come with the program; a new language is a new file.
public struct Language: Hashable, Sendable, RawRepresentable, CaseIterable, CustomStringConvertible {
    /// The language code: the catalogue's file name, and the key of flow texts in this language.
    public let code: String
    /// The catalogues this language's texts come from.
    public let texts: InterfaceTexts

    public static let zh = Language(code: "zh")
    public static let zhHant = Language(code: "zh-Hant")
    public static let en = Language(code: "en")

    /// `code` with its texts from `texts`, whether or not its catalogue is there (missing texts fall back).
    public init(code: String, texts: InterfaceTexts = .installed) {
        self.code = code
        self.texts = texts
    }

    /// The installed language `rawValue`; nil when it has no catalogue.
    public init?(rawValue: String) {
        guard let language = InterfaceTexts.installed.language(rawValue) else { return nil }
        self = language
    }

    /// Every installed language, in the order the `l` key goes through them.
    public static var allCases: [Language] { InterfaceTexts.installed.languages }

    public var rawValue: String { code }
    public var description: String { code }

    public static func == (lhs: Language, rhs: Language) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// The language a user most likely wants, from `LC_ALL`, `LC_MESSAGES` or `LANG`, among those with a
    /// catalogue: Traditional Chinese for Hong Kong, Macau and Taiwan locales (`zh_HK`, `zh_MO`, `zh_TW`,
    /// or a `Hant` script), Simplified Chinese for any other `zh*` locale, a locale's own language when it
    /// has a catalogue (`ja_JP.UTF-8` and `ja.txt`), English otherwise.
    public static func preferred(environment: [String: String], texts: InterfaceTexts = .installed) -> Language {
        let english = texts.language("en") ?? Language(code: "en", texts: texts)
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            let locale = value.lowercased().replacing("-", with: "_")
            if locale.hasPrefix("zh") {
                let traditional = ["zh_hk", "zh_mo", "zh_tw", "zh_hant"].contains { locale.hasPrefix($0) }
                return texts.language(traditional ? "zh-Hant" : "zh") ?? english
            }
            let base = locale.prefix { $0.isASCII && $0.isLetter }
            return texts.language(String(base)) ?? english
        }
        return english
    }

    /// The next language, for the one-key switch: through every language with a catalogue, in their
    /// `language.order` (简体 → 繁體 → English → 简体 with the bundled ones).
    public var next: Language {
        let all = texts.languages
        guard let index = all.firstIndex(of: self) else { return all.first ?? self }
        return all[(index + 1) % all.count]
    }

    /// The language's own name, as the switch key announces it (简体中文, English).
    public var name: String { text(.languageName) }

    /// A short name for footers: 简体, 繁體, English. Read from the catalogue's first lines, so the
    /// footer can name the next language without reading all of its texts.
    public var shortName: String {
        texts.headers.first { $0.code == code }?.shortName ?? text(.languageShortName)
    }

    /// The language a missing flow or interface text is taken from before English (`language.fallback`:
    /// Simplified Chinese for Traditional).
    public var fallback: String? {
        texts.headers.first { $0.code == code }?.fallback
    }
}
