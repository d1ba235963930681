/// Interface texts by key, in this language, with their placeholders filled in.
extension Language {
    /// The text `key` in this language; where its catalogue lacks it, in the fallback language, English,
    /// then Simplified Chinese (lint reports every missing text). The key itself only when no catalogue
    /// has it at all.
    public func text(_ key: TextKey) -> String {
        texts.text(key.rawValue, in: code) ?? key.rawValue
    }

    /// Catalogue keys `letter.language.<code>` name a letter's language (`letter.language.de = German`):
    /// an open family, so a letter in a new language needs a line per catalogue, not a new key in Swift.
    public static let languageNamePrefix = "letter.language."

    /// The name of the language `code` in this language (`German`, `德文`), from the catalogues; the code
    /// itself when no catalogue names it.
    public func languageName(of code: String) -> String {
        texts.text(Self.languageNamePrefix + code, in: self.code) ?? code
    }

    /// The text `key` with each `{name}` replaced by the value given for `name`. A placeholder this call
    /// gives no value for (a translation's typo) makes the English text be used instead.
    public func text(_ key: TextKey, _ values: KeyValuePairs<String, any CustomStringConvertible>) -> String {
        let template = text(key)
        if let filled = Self.fill(template, values) { return filled }
        if code != "en", let english = texts.text(key.rawValue, in: "en"), let filled = Self.fill(english, values) { return filled }
        return template
    }

    /// `template` with its placeholders replaced; nil when one has no value.
    static func fill(_ template: String, _ values: KeyValuePairs<String, any CustomStringConvertible>) -> String? {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out.append(contentsOf: rest[..<open])
            guard let close = rest[open...].firstIndex(of: "}") else { return nil }
            let name = rest[rest.index(after: open)..<close]
            guard let value = values.first(where: { $0.key == name })?.value else { return nil }
            out.append(value.description)
            rest = rest[rest.index(after: close)...]
        }
        out.append(contentsOf: rest)
        return out
    }
}
