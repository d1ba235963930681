#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore

/// A filled-in letter, ready to print and sign: the letter in its own language, then a rendering in the
/// user's language so they understand what they sign, then what to enclose.
public struct LetterRenderer {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// Plain text at most `width` columns wide.
    public func text(_ letter: Letter, plan: Plan, fields: [String: String], width: Int = 80) -> String {
        var out: [String] = []
        for paragraph in paragraphs(letter, plan: plan, in: letter.language, fields: fields) {
            for line in paragraph.split(separator: "\n", omittingEmptySubsequences: false) {
                out += line.isEmpty ? [""] : TextLayout.wrap(String(line), width: width)
            }
            out.append("")
        }
        if letter.language != language.rawValue {
            out += TextLayout.wrap(renderingHeading(letter), width: width) + [""]
            for paragraph in paragraphs(letter, plan: plan, in: language.rawValue, fields: fields) {
                for line in paragraph.split(separator: "\n", omittingEmptySubsequences: false) {
                    out += line.isEmpty ? [""] : TextLayout.wrap(String(line), width: width, prefix: "  ")
                }
                out.append("")
            }
        }
        let enclosures = enclosureNames(letter, plan: plan)
        if !enclosures.isEmpty {
            out.append(language.text(.letterEncloseColon))
            for name in enclosures { out += TextLayout.wrap(name, width: width, prefix: "  - ") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One printable HTML page with the same content.
    public func html(_ letter: Letter, plan: Plan, fields: [String: String]) -> String {
        var out = [
            "<!DOCTYPE html>",
            "<html lang=\"\(letter.language)\">",
            "<head>",
            "<meta charset=\"utf-8\" />",
            "<title>\(escape(letter.title.text(language)))</title>",
            "<style>\n\(Self.style)</style>",
            "</head>",
            "<body>",
            "<main class=\"letter\">",
        ]
        out += paragraphs(letter, plan: plan, in: letter.language, fields: fields).map { "<p>\(escapeLines($0))</p>" }
        out.append("</main>")
        if letter.language != language.rawValue {
            out.append("<section class=\"rendering\" lang=\"\(language.text(.languageTag))\">")
            out.append("<h2>\(escape(renderingHeading(letter)))</h2>")
            out += paragraphs(letter, plan: plan, in: language.rawValue, fields: fields).map { "<p>\(escapeLines($0))</p>" }
            out.append("</section>")
        }
        let enclosures = enclosureNames(letter, plan: plan)
        if !enclosures.isEmpty {
            out.append("<section class=\"enclosures\"><h2>\(escape(language.text(.letterEnclose)))</h2><ul>")
            out += enclosures.map { "<li>\(escape($0))</li>" }
            out.append("</ul></section>")
        }
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    private func paragraphs(_ letter: Letter, plan: Plan, in code: String, fields: [String: String]) -> [String] {
        letter.paragraphs(for: plan.answerValues).map { paragraph in
            Letter.fill(paragraph.text.translation(code) ?? paragraph.text.text(language), fields)
        }
    }

    private func renderingHeading(_ letter: Letter) -> String {
        language.text(.letterRenderingHeading, ["original": language.languageName(of: letter.language)])
    }

    private func enclosureNames(_ letter: Letter, plan: Plan) -> [String] {
        letter.enclosures.compactMap { reference in
            plan.enclosures.first { $0.id == reference.id }?.name.text(language)
        }
    }


    private func escape(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;")
            .replacing(">", with: "&gt;").replacing("\"", with: "&quot;")
    }

    private func escapeLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(separator: "<br />\n")
    }

    static let style = """
    @page { size: A4; margin: 25mm 22mm; }
    body { font-family: "Noto Serif", "Times New Roman", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC",
      "SimSun", serif; font-size: 11.5pt; line-height: 1.55; color: #000; max-width: 40em; margin: 2em auto; }
    main.letter p { margin: 0 0 1em; }
    section.rendering { margin-top: 3em; padding-top: 1em; border-top: 1px dashed #666; color: #333;
      font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
      font-size: 10pt; break-before: page; }
    section.rendering h2, section.enclosures h2 { font-size: 10.5pt; }
    section.enclosures { font-size: 10pt; }
    @media print { body { margin: 0; max-width: none; } }

    """
}
