#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Letters: unique ids, every paragraph also in the letter's own language (Chinese and English are checked
/// with all texts), and only known blanks (`{name}`, `{address}`, ... as declared in `letter_blanks`).
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
                if (paragraph.text.translation(letter.language) ?? "").isEmpty && !paragraph.text.isVerbatim {
                    let language = letter.language
                    found.append(Finding(.error, .missingTranslation, at: paragraph.position,
                                         "a paragraph of letter '\(letter.id)' has no '\(language)' text; add '\(language): ...'"))
                }
                for (language, text) in paragraph.text.entries.map({ ($0.code, $0.text) }) {
                    let declared = flow.letterBlanks.map(\.id)
                    for blank in Letter.blanks(in: text) where !declared.contains(blank) {
                        let hint = YAMLNode.closest(to: blank, among: declared).map { "did you mean '{\($0)}'? " } ?? ""
                        found.append(Finding(.error, .unknownBlank, at: paragraph.position,
                                             "letter '\(letter.id)' (\(language)) uses '{\(blank)}'; \(hint)blanks are: \(declared.joined(separator: ", ")) (declare a new one in 'letter_blanks')"))
                    }
                }
            }
        }
        return found
    }
}
