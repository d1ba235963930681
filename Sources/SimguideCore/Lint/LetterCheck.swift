import Foundation

/// Letters: unique ids, every paragraph also in the letter's own language (Chinese and English are checked
/// with all texts), and only known blanks (`{name}`, `{address}`, ... as listed in `Letter.fields`).
struct LetterCheck {
    let flow: Flow

    func findings() -> [Finding] {
        var found: [Finding] = []
        var seen: Set<String> = []
        for letter in flow.letters {
            if !seen.insert(letter.id).inserted {
                found.append(Finding(.error, .duplicateID, at: letter.position, "letter '\(letter.id)' is declared twice"))
            }
            if letter.sources.isEmpty {
                found.append(Finding(.error, .noSource, at: letter.position, "letter '\(letter.id)' cites no source; add 'sources: [...]'"))
            }
            for paragraph in letter.paragraphs {
                if (paragraph.text.translations[letter.language] ?? "").isEmpty && !paragraph.text.isVerbatim {
                    let language = letter.language
                    found.append(Finding(.error, .missingTranslation, at: paragraph.position,
                                         "a paragraph of letter '\(letter.id)' has no '\(language)' text; add '\(language): ...'"))
                }
                for (language, text) in paragraph.text.translations.sorted(by: { $0.key < $1.key }) {
                    for blank in Self.blanks(in: text) where !Letter.fields.contains(blank) {
                        let hint = YAMLNode.closest(to: blank, among: Letter.fields).map { "did you mean '{\($0)}'? " } ?? ""
                        found.append(Finding(.error, .unknownBlank, at: paragraph.position,
                                             "letter '\(letter.id)' (\(language)) uses '{\(blank)}'; \(hint)blanks are: \(Letter.fields.joined(separator: ", "))"))
                    }
                }
            }
        }
        return found
    }

    /// The names between braces in `text`.
    static func blanks(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
