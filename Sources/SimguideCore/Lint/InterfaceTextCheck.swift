/// The interface catalogues (`Resources/interface/*.txt`): each one readable, every text the program
/// shows in every language, the same placeholders as English, no control characters, and no key the
/// program does not use (a misspelt key would leave the real one missing).
public struct InterfaceTextCheck {
    public let texts: InterfaceTexts

    public init(texts: InterfaceTexts = .installed) {
        self.texts = texts
    }

    public func findings() -> [Finding] {
        guard let folder = texts.folder else {
            return [Finding(.error, .interfaceTextUnreadable, at: SourcePosition(file: "Resources/interface", line: 1, column: 1),
                            "the folder of interface texts was not found (Resources/interface in a checkout, share/simguide/interface when installed)")]
        }
        var found: [Finding] = []
        var catalogues: [Read] = []
        for code in texts.codes() {
            do {
                let catalogue = try texts.catalogue(code)
                if let problem = catalogue.utf8Problem() {
                    found.append(Finding(.error, .interfaceTextUnreadable, at: problem.position ?? Self.start(problem.file), problem.message))
                }
                catalogues.append(Read(code: catalogue.code, file: catalogue.file, entries: catalogue.entries))
            } catch let error as FlowError {
                found.append(Finding(.error, .interfaceTextUnreadable, at: error.position ?? Self.start(error.file), error.message))
            } catch {
                found.append(Finding(.error, .interfaceTextUnreadable, at: Self.start(ResourceFolder.join(folder, code + ".txt")), "\(error)"))
            }
        }
        guard let english = catalogues.first(where: { $0.code == "en" }) else {
            return found + [Finding(.error, .interfaceTextMissing, at: Self.start(ResourceFolder.join(folder, "en.txt")),
                                    "there is no English catalogue (en.txt); every language falls back to it, so it must be there")]
        }
        let languageNames = Self.languageNames(catalogues)
        for catalogue in catalogues {
            found += missing(catalogue, english: english, languageNames: languageNames) + unknown(catalogue) + placeholders(catalogue, english: english)
                + controls(catalogue)
        }
        return found
    }

    private func missing(_ catalogue: Read, english: Read, languageNames: [String]) -> [Finding] {
        let keys = TextKey.allCases.filter { !TextKey.optional.contains($0) }.map(\.rawValue) + languageNames
        return keys.filter { catalogue.entries[$0] == nil }.map { key in
            let model = english.entries[key].map { " (en.txt line \($0.line): '\(Self.escaped($0.text))')" } ?? ""
            return Finding(.error, .interfaceTextMissing, at: Self.start(catalogue.file),
                           "'\(key)' has no text in \(catalogue.code).txt; add a line '\(key) = ...'\(model)")
        }
    }

    /// The `letter.language.<code>` keys any catalogue has: every catalogue names the same languages.
    private static func languageNames(_ catalogues: [Read]) -> [String] {
        Set(catalogues.flatMap { $0.entries.keys.filter(isLanguageName) }).sorted()
    }

    private static func isLanguageName(_ key: String) -> Bool {
        key.hasPrefix(Language.languageNamePrefix) && FlowParts.isLanguageCode(String(key.dropFirst(Language.languageNamePrefix.count)))
    }

    private func unknown(_ catalogue: Read) -> [Finding] {
        let keys = TextKey.allCases.map(\.rawValue)
        return catalogue.entries.filter { TextKey(rawValue: $0.key) == nil && !Self.isLanguageName($0.key) }.sorted { $0.value.line < $1.value.line }.map { key, entry in
            let hint = YAMLNode.closest(to: key, among: keys).map { "did you mean '\($0)'? " } ?? ""
            return Finding(.warning, .interfaceTextUnknown, at: SourcePosition(file: catalogue.file, line: entry.line, column: 1),
                           "'\(key)' is not a text the program shows; \(hint)correct the key or remove the line")
        }
    }

    private func placeholders(_ catalogue: Read, english: Read) -> [Finding] {
        var found: [Finding] = []
        for key in TextKey.allCases {
            guard let entry = catalogue.entries[key.rawValue] else { continue }
            let position = SourcePosition(file: catalogue.file, line: entry.line, column: 1)
            guard let names = TextKey.placeholders(in: entry.text) else {
                found.append(Finding(.error, .interfaceTextPlaceholder, at: position,
                                     "'\(key.rawValue)' has a '{' without its '}' (or an empty {}); braces only enclose a placeholder such as {step}"))
                continue
            }
            let used = Set(names.map(String.init))
            if let allowed = TextKey.freelyPhrased[key] {
                if let stray = used.subtracting(allowed).sorted().first {
                    found.append(Finding(.error, .interfaceTextPlaceholder, at: position,
                                         "'\(key.rawValue)' uses {\(stray)}, which the program does not fill in; it fills in \(Self.list(allowed))"))
                }
                continue
            }
            guard catalogue.code != "en", let model = english.entries[key.rawValue], let expected = TextKey.placeholders(in: model.text) else { continue }
            let wanted = Set(expected.map(String.init))
            if used != wanted {
                found.append(Finding(.error, .interfaceTextPlaceholder, at: position, """
                    '\(key.rawValue)' uses \(Self.list(used)) where English (line \(model.line)) uses \(Self.list(wanted)); \
                    keep the names in braces as they are and translate the words around them
                    """))
            }
        }
        return found
    }

    private func controls(_ catalogue: Read) -> [Finding] {
        catalogue.entries.sorted { $0.value.line < $1.value.line }.compactMap { key, entry in
            guard let scalar = entry.text.unicodeScalars.first(where: VisibleControls.isHidden) else { return nil }
            let code = String(scalar.value, radix: 16, uppercase: true)
            return Finding(.error, .controlCharacter, at: SourcePosition(file: catalogue.file, line: entry.line, column: 1), """
                '\(key)' contains U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code) (\(scalar.value == 9 ? "a tab" : "a control character")); \
                interface texts may hold no tab or control character: use spaces, and \\n for a new line
                """)
        }
    }

    /// A catalogue's texts as lint reads them: all at once (`TextCatalogue.entries` builds them anew on
    /// every call).
    private struct Read {
        let code: String
        let file: String
        let entries: [String: TextCatalogue.Entry]
    }

    private static func start(_ file: String) -> SourcePosition { SourcePosition(file: file, line: 1, column: 1) }

    private static func list(_ names: Set<String>) -> String {
        names.isEmpty ? "no placeholder" : names.sorted().map { "{\($0)}" }.joined(separator: ", ")
    }

    private static func escaped(_ text: String) -> String {
        let short = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return short.replacing("\n", with: "\\n")
    }
}
