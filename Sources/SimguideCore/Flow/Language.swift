/// A language the wizard and its plans can be shown in: Simplified Chinese, Traditional Chinese with
/// Hong Kong usage (增值, 上台, 攜號轉台), and English.
public enum Language: String, CaseIterable, Sendable, Codable {
    case zh
    case zhHant = "zh-Hant"
    case en

    /// The language a user most likely wants, from `LC_ALL`, `LC_MESSAGES` or `LANG`: Traditional
    /// Chinese for Hong Kong, Macau and Taiwan locales (`zh_HK`, `zh_MO`, `zh_TW`, or a `Hant` script),
    /// Simplified Chinese for any other `zh*` locale, English otherwise.
    public static func preferred(environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            let locale = value.lowercased().replacing("-", with: "_")
            guard locale.hasPrefix("zh") else { return .en }
            let traditional = ["zh_hk", "zh_mo", "zh_tw", "zh_hant"].contains { locale.hasPrefix($0) }
            return traditional ? .zhHant : .zh
        }
        return .en
    }

    /// Whether the language is one of the Chinese scripts.
    public var isChinese: Bool { self != .en }

    /// The next language, for the one-key switch: 简体 → 繁體 → English → 简体.
    public var next: Language {
        switch self {
        case .zh: return .zhHant
        case .zhHant: return .en
        case .en: return .zh
        }
    }

    /// The language's own name, as the switch key announces it.
    public var name: String {
        switch self {
        case .zh: return "简体中文"
        case .zhHant: return "繁體中文"
        case .en: return "English"
        }
    }

    /// A short name for footers: 简体, 繁體, English.
    public var shortName: String {
        switch self {
        case .zh: return "简体"
        case .zhHant: return "繁體"
        case .en: return "English"
        }
    }

    /// The one of three renderings of an interface text that is in this language.
    public func pick(_ zh: String, _ zhHant: String, _ en: String) -> String {
        switch self {
        case .zh: return zh
        case .zhHant: return zhHant
        case .en: return en
        }
    }
}
