/// A language the wizard and its plans can be shown in.
public enum Language: String, CaseIterable, Sendable, Codable {
    case zh
    case en

    /// The language a user most likely wants, from `LC_ALL`, `LC_MESSAGES` or `LANG`:
    /// Chinese for any `zh*` locale, English otherwise.
    public static func preferred(environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .en
    }

    /// The other language, for a one-key switch.
    public var other: Language { self == .zh ? .en : .zh }
}
