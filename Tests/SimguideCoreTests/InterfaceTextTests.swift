import Foundation
import Testing
@testable import SimguideCore
import SimguideTestSupport

/// Interface languages are files: a new catalogue is a new language, found, ordered and read without
/// Swift; a text it lacks falls back; a malformed line is reported with its place.
@Suite struct InterfaceTextTests {
    @Test func aNewFileIsANewLanguageInTheCycle() throws {
        let folder = try InterfaceFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = InterfaceTexts(folder: folder.path)
        #expect(texts.languages.map(\.code) == ["zh", "zh-Hant", "en", "ja"])
        let japanese = try #require(texts.language("ja"))
        #expect(japanese.name == "日本語")
        #expect(japanese.text(.planPlanTitle) == "あなたのプラン")
        #expect(japanese.text(.lineProgress, ["step": 2, "at-most": 6]) == "ステップ 2（最大 6）")
        #expect(try #require(texts.language("en")).next == japanese)
        #expect(japanese.next.code == "zh")
        #expect(texts.language("ko") == nil)
        #expect(texts.language("../en") == nil)
    }

    @Test func aMissingTextFallsBackToEnglishNeverToItsKey() throws {
        let folder = try InterfaceFixture.folder { lines in lines.filter { !$0.hasPrefix("plan.situation ") } }
        defer { try? FileManager.default.removeItem(at: folder) }
        let japanese = try #require(InterfaceTexts(folder: folder.path).language("ja"))
        #expect(japanese.text(.planSituation) == "Your situation")
        // A placeholder the translation misspells: the English text, filled in, rather than "{stpe}".
        let typo = try InterfaceFixture.folder { lines in
            lines.map { $0.hasPrefix("line.progress ") ? "line.progress = ステップ {stpe}" : $0 }
        }
        defer { try? FileManager.default.removeItem(at: typo) }
        #expect(try #require(InterfaceTexts(folder: typo.path).language("ja")).text(.lineProgress, ["step": 2, "at-most": 6])
                == "Step 2 of at most 6")
    }

    @Test func traditionalChineseFallsBackToSimplifiedAsItsCatalogueSays() throws {
        let folder = try InterfaceFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let hant = folder.appendingPathComponent("zh-Hant.txt")
        let lines = try String(contentsOf: hant, encoding: .utf8).split(separator: "\n").map(String.init)
        try InterfaceFixture.write(lines.filter { !$0.hasPrefix("plan.situation ") }, to: hant)
        #expect(try #require(InterfaceTexts(folder: folder.path).language("zh-Hant")).text(.planSituation) == "你的情况")
    }

    @Test func theLocaleChoosesAnAvailableCatalogue() throws {
        let folder = try InterfaceFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = InterfaceTexts(folder: folder.path)
        func preferred(_ lang: String, _ texts: InterfaceTexts) -> String { Language.preferred(environment: ["LANG": lang], texts: texts).code }
        #expect(preferred("ja_JP.UTF-8", texts) == "ja")
        #expect(preferred("zh_HK.UTF-8", texts) == "zh-Hant")
        #expect(preferred("zh_TW", texts) == "zh-Hant")
        #expect(preferred("zh_CN.UTF-8", texts) == "zh")
        #expect(preferred("fr_FR.UTF-8", texts) == "en")
        #expect(preferred("ja_JP.UTF-8", .installed) == "en")
    }

    // MARK: Malformed catalogues

    func readError(_ text: String) -> FlowError? {
        do {
            _ = try CatalogueReader.read(Array(text.utf8), code: "xx", file: "xx.txt")
            return nil
        } catch {
            return error
        }
    }

    @Test func aLineWithoutEqualsNamesItsLineAndColumn() {
        #expect(readError("# comment\nlanguage.name = X\nwizard.plan-title Your plan\n")?.description
                == "xx.txt:3:19: error: expected '=' after the key 'wizard.plan-title', found 'Y'; keys are lower-case letters, digits, '.' and '-' [bad-line]")
        #expect(readError("Wizard.x = y")?.description
                == "xx.txt:1:1: error: a line must read 'key = text' (or start with # for a comment) [bad-line]")
    }

    @Test func anUnknownEscapeARepeatedKeyAndBadUTF8AreReported() {
        #expect(readError("a = 你好\\t")?.description.hasPrefix("xx.txt:1:7: error: '\\' starts \\n (new line)") == true)
        #expect(readError("a = 1\nb = 2\na = 3")?.description == "xx.txt:3:1: error: the key 'a' is already given on line 1; keep one of them [repeated-key]")
        // Bytes that are not UTF-8 are shown as U+FFFD, and lint names their place.
        var bytes = Array("a = ok\nb = é".utf8)
        bytes.removeLast()
        let catalogue = try? CatalogueReader.read(bytes, code: "xx", file: "xx.txt")
        #expect(catalogue?["b"] == "\u{FFFD}")
        #expect(catalogue?.utf8Problem()?.description == "xx.txt:2:5: error: the text is not UTF-8; save the file as UTF-8 [not-utf8]")
    }

    @Test func escapesAndSpacesAreRead() throws {
        let catalogue = try CatalogueReader.read(Array("a =   Name:\\s  \r\nb = one\\ntwo \\\\ three\n\n  # c\n".utf8), code: "xx", file: "xx.txt")
        #expect(catalogue["a"] == "Name: ")
        #expect(catalogue["b"] == "one\ntwo \\ three")
        #expect(catalogue.entries.count == 2)
    }
}

/// `simguide lint` checks every catalogue against the others and against the program.
@Suite struct InterfaceTextCheckTests {
    func findings(_ edit: @escaping ([String]) -> [String]) throws -> [Finding] {
        let folder = try InterfaceFixture.folder(edit: edit)
        defer { try? FileManager.default.removeItem(at: folder) }
        return InterfaceTextCheck(texts: InterfaceTexts(folder: folder.path)).findings()
            .map { Finding($0.severity, $0.code, at: SourcePosition(file: URL(fileURLWithPath: $0.position.file).lastPathComponent,
                                                                       line: $0.position.line, column: $0.position.column), $0.message) }
    }

    @Test func theBundledCataloguesAndTheDocumentedNewLanguageAreClean() throws {
        #expect(InterfaceTextCheck().findings() == [])
        #expect(try findings { $0 } == [])
    }

    @Test func aMissingKeyIsNamedWithWhatEnglishSays() throws {
        let found = try findings { lines in lines.filter { !$0.hasPrefix("wizard.help-title ") } }
        #expect(found.map(\.description) == [
            "ja.txt:1:1: error: 'wizard.help-title' has no text in ja.txt; add a line 'wizard.help-title = ...' (en.txt line \(try line("wizard.help-title")): 'Help') [interface-text-missing]",
        ])
    }

    @Test func aLetterLanguageNamedInOneCatalogueIsNeededInAll() throws {
        let found = try findings { lines in lines + ["letter.language.es = スペイン語"] }
        #expect(Set(found.map(\.code)) == [.interfaceTextMissing])
        #expect(found.filter { $0.message.hasPrefix("'letter.language.es' has no text in") }.count == 3, "\(found)")
        #expect(!found.contains { $0.position.file == "ja.txt" })
        #expect(Language.en.languageName(of: "de") == "German")
        #expect(Language.zh.languageName(of: "de") == "德文")
        #expect(Language.en.languageName(of: "pt") == "pt")
    }

    @Test func aPlaceholderMismatchIsAnError() throws {
        let found = try findings { lines in lines.map { $0.hasPrefix("wizard.progress ") ? "wizard.progress = ステップ {stpe}（最大 {at-most}）" : $0 } }
        #expect(found.count == 1)
        #expect(found.first?.code == .interfaceTextPlaceholder)
        #expect(found.first?.description.hasPrefix("ja.txt:\(try line("wizard.progress")):1: error: 'wizard.progress' uses {at-most}, {stpe} where English") == true)
    }

    @Test func anUnknownKeyATabAndAnUnclosedBraceAreReported() throws {
        let found = try findings { lines in
            lines.map {
                $0.hasPrefix("wizard.help-title ") ? "wizard.help-titel = ヘルプ"
                    : $0.hasPrefix("wizard.keys-heading ") ? "wizard.keys-heading = キー\t一覧"
                    : $0.hasPrefix("wizard.cards-title ") ? "wizard.cards-title = {カード" : $0
            }
        }
        #expect(Set(found.map(\.code)) == [.interfaceTextMissing, .interfaceTextUnknown, .controlCharacter, .interfaceTextPlaceholder])
        #expect(found.contains { $0.code == .interfaceTextUnknown && $0.severity == .warning && $0.message.contains("did you mean 'wizard.help-title'?") })
        #expect(found.contains { $0.code == .controlCharacter && $0.message.contains("U+0009 (a tab)") })
    }

    @Test func aMalformedCatalogueIsReportedWithItsPlace() throws {
        let found = try findings { lines in lines.map { $0.hasPrefix("wizard.help-title ") ? "wizard.help-title: ヘルプ" : $0 } }
        #expect(found.map(\.description) == [
            "ja.txt:\(try line("wizard.help-title")):18: error: expected '=' after the key 'wizard.help-title', found ':'; keys are lower-case letters, digits, '.' and '-' [interface-text-unreadable]",
        ])
    }

    /// The line of `key` in the fixture's ja.txt (the same as in en.txt).
    func line(_ key: String) throws -> Int {
        try #require(InterfaceFixture.japanese().firstIndex { $0.hasPrefix(key + " ") }) + 1
    }
}
