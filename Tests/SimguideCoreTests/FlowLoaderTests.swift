import Foundation
import Testing
@testable import SimguideCore

/// Malformed flow files: each must fail with a message that names the place and what to fix.
@Suite struct FlowLoaderTests {
    private func loadError(_ yaml: String) -> FlowError? {
        do {
            _ = try FlowLoader.load(yaml: yaml, name: "bad.yaml")
            return nil
        } catch let error as FlowError {
            return error
        } catch {
            Issue.record("unexpected error type: \(error)")
            return nil
        }
    }

    private let header = "format: 1\nversion: \"1\"\ntitle: {zh: 测试, en: Test}\nstart: a\n"
    private let goodQuestion = """
      - id: a
        prompt: {zh: 问, en: Ask}
        options:
          - {value: x, label: {zh: 甲, en: X}}
        next: end

    """

    @Test func loadsTheSmallFixture() throws {
        let flow = try Fixtures.smallFlow()
        #expect(flow.questions.map(\.id) == ["action", "region", "carrier", "commitment", "abroad"])
        #expect(flow.question("abroad")?.options.map(\.value) == ["yes", "no"])  // `yes` stays text, not a boolean
        #expect(flow.rules.count == 5)
        #expect(flow.question("carrier")?.position.line == 18)
    }

    /// A shared flow may not read files outside its own folder, nor make lint quote them.
    @Test(arguments: ["/etc/passwd", "../outside.yaml", "parts/../../outside.yaml", "~/secret.yaml"])
    func includesStayInsideTheFlowsFolder(name: String) throws {
        let error = loadError(Fixtures.small.replacingOccurrences(of: "start: action\n", with: "start: action\ninclude: [\"\(name)\"]\n"))
        #expect(error?.description == "bad.yaml:5:11: error: '\(name)' is outside the flow's folder; include files next to the root file or in folders below it, by a relative path without '..' [include-outside]")
    }

    @Test func anIncludedLinkLeadingOutIsRefused() throws {
        let folder = NSTemporaryDirectory() + "simguide-include-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/flow", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "questions: []\n".write(toFile: folder + "/outside.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/flow/part.yaml", withDestinationPath: "../outside.yaml")
        let root = Fixtures.small.replacingOccurrences(of: "start: action\n", with: "start: action\ninclude: [part.yaml]\n")
        try root.write(toFile: folder + "/flow/simguide.yaml", atomically: true, encoding: .utf8)
        #expect(throws: FlowError.self) { try FlowLoader.load(path: folder + "/flow/simguide.yaml") }
        do {
            _ = try FlowLoader.load(path: folder + "/flow/simguide.yaml")
        } catch let error as FlowError {
            #expect(error.message == "'part.yaml' leads outside the flow's folder (through a link); include a real file inside it")
        }
    }

    /// A regular file named directly in the folder is taken without resolving links; a file reached
    /// through a linked subfolder is still resolved and refused when it lies outside.
    @Test func anIncludeThroughALinkedFolderLeadingOutIsRefused() throws {
        let folder = NSTemporaryDirectory() + "simguide-include-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/flow", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/elsewhere", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "questions: []\n".write(toFile: folder + "/elsewhere/part.yaml", atomically: true, encoding: .utf8)
        try "questions: []\n".write(toFile: folder + "/flow/inside.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/flow/parts", withDestinationPath: "../elsewhere")
        let inside = Fixtures.small.replacingOccurrences(of: "start: action\n", with: "start: action\ninclude: [inside.yaml]\n")
        try inside.write(toFile: folder + "/flow/simguide.yaml", atomically: true, encoding: .utf8)
        #expect(try FlowLoader.load(path: folder + "/flow/simguide.yaml").files.last == folder + "/flow/inside.yaml")
        let linked = Fixtures.small.replacingOccurrences(of: "start: action\n", with: "start: action\ninclude: [parts/part.yaml]\n")
        try linked.write(toFile: folder + "/flow/simguide.yaml", atomically: true, encoding: .utf8)
        do {
            _ = try FlowLoader.load(path: folder + "/flow/simguide.yaml")
            Issue.record("an include through a linked folder leading out was read")
        } catch let error as FlowError {
            #expect(error.message == "'parts/part.yaml' leads outside the flow's folder (through a link); include a real file inside it")
        }
    }

    /// The two slips volunteers made most: a language line that lost its indentation, and a comma in an
    /// unquoted text inside `{ }`.
    @Test func typingSlipsAreNamedForWhatTheyAre() throws {
        let indentation = loadError(Fixtures.small.replacingOccurrences(of: "    prompt: {zh: 哪里？, en: Where?}", with: "    prompt:\n      zh: 哪里？\n    en: Where?"))
        #expect(indentation?.message == "indentation: 'en:' (column 5) is less indented than the texts of 'prompt' above it (column 7); indent it to line up with them")
        let comma = loadError(Fixtures.small.replacingOccurrences(of: "label: {zh: 法国, en: France}", with: "label: {zh: 法国, en: France (mainland, Corsica)}"))
        #expect(comma?.message == "'Corsica)' is not a key: a comma or colon inside '{ }' ends a text there; put the whole text in quotes (\"...\")")
    }

    /// Every loading error carries a code from one list, documented for content authors.
    @Test func loadingErrorsCarryADocumentedCode() throws {
        #expect(loadError("questions: []\n")?.code == .includedPart)
        #expect(loadError(Fixtures.small.replacingOccurrences(of: "    prompt: {zh: 哪里？, en: Where?}", with: "    prompt:\n      zh: 哪里？\n    en: Where?"))?.code == .indentation)
        #expect(loadError("a: [b\n")?.code == .yamlSyntax)
        let docs = try String(contentsOf: Fixtures.repository.appendingPathComponent("docs/flow-format.md"), encoding: .utf8)
        for code in LoadErrorCode.allCases {
            #expect(docs.contains("`\(code.rawValue)`"), "docs/flow-format.md does not explain `\(code.rawValue)`")
        }
    }

    @Test func anIncludedPartGivenAsTheRootSaysWhichFileToGive() throws {
        let error = loadError("questions: []\nrules: []\n")
        #expect(error?.message == "this looks like an included part (no 'format' or 'start'); give the root file that lists it under 'include' (simguide.yaml)")
    }

    @Test func aFIFOIsNotAFlowFile() throws {
        let path = NSTemporaryDirectory() + "simguide-fifo-\(UUID().uuidString).yaml"
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        do {
            _ = try FlowLoader.load(path: path)
            Issue.record("a FIFO was read")
        } catch let error as FlowError {
            #expect(error.message == "cannot read the flow file '\(path)': it is a FIFO (named pipe), not a file; save the flow to a file")
        }
    }

    @Test func badYAMLSyntaxNamesLineAndColumn() throws {
        let error = try #require(loadError(header + "questions:\n  - id: a\n    prompt: {zh: 问, en: Ask\n"))
        #expect(error.message.contains("YAML syntax"))
        #expect(error.position?.line == 8)
    }

    @Test func wrongTypeSaysWhatWasExpected() throws {
        let error = try #require(loadError(header + "questions:\n  - id: a\n    prompt: {zh: 问, en: Ask}\n    options: none\n    next: end\n"))
        #expect(error.message == "options must be a list ('- ' items), found text 'none'")
        #expect(error.position?.description == "bad.yaml:8:14")
    }

    @Test func unknownKeySuggestsTheNearestOne() throws {
        let error = try #require(loadError(header + "questions:\n  - id: a\n    promt: {zh: 问, en: Ask}\n"))
        #expect(error.message.hasPrefix("unknown key 'promt' in a question; did you mean 'prompt'?"))
        #expect(error.position?.description == "bad.yaml:7:5")
    }

    @Test func missingFieldIsNamed() throws {
        let error = try #require(loadError(header + "questions:\n  - id: a\n    prompt: {zh: 问, en: Ask}\n    next: end\n"))
        #expect(error.message == "a question needs 'options'")
        #expect(error.position?.description == "bad.yaml:6:5")
    }

    @Test func repeatedKeyIsAnError() throws {
        let error = try #require(loadError(header + "questions:\n" + goodQuestion.replacingOccurrences(of: "    next: end", with: "    next: end\n    next: end")))
        #expect(error.message == "'next' appears twice in a question; keep one")
        #expect(error.position?.description == "bad.yaml:11:5")  // the second, repeated key
    }

    @Test func unknownPhaseListsTheAllowedOnes() throws {
        let rule = "rules:\n  - id: r\n    when: {a: x}\n    steps:\n      - {phase: doing, channel: online, title: {zh: 做, en: Do}}\n"
        let error = try #require(loadError(header + "questions:\n" + goodQuestion + rule))
        #expect(error.message == "unknown phase 'doing'; use one of: prepare, act, afterwards")
        #expect(error.position?.description == "bad.yaml:15:17")
    }

    @Test func unknownChannelSuggestsTheNearestOne() throws {
        let rule = "rules:\n  - id: r\n    when: {a: x}\n    steps:\n      - {phase: act, channel: onlin, title: {zh: 做, en: Do}}\n"
        let error = try #require(loadError(header + "questions:\n" + goodQuestion + rule))
        #expect(error.message.hasPrefix("unknown channel 'onlin'; did you mean 'online'?"))
    }

    @Test func plainStringWhereTranslationsAreNeeded() throws {
        let error = try #require(loadError(header + "questions:\n  - id: a\n    prompt: Ask\n"))
        #expect(error.message == "'prompt' needs one text per language, like 'prompt: {zh: 中文, en: English}'")
        #expect(error.position?.description == "bad.yaml:7:13")
    }

    @Test func aKeyThatIsNotALanguageCodeIsRejected() throws {
        let error = try #require(loadError(header + "questions:\n  - id: a\n    prompt: {zh: 问, English: Ask}\n"))
        #expect(error.message.hasPrefix("unknown key 'English' in 'prompt'"))
        #expect(error.position?.description == "bad.yaml:7:21")
    }

    private let germanLetter = """
    letters:
      - id: de-kuendigung
        when: {a: x}
        title: {zh: 德文解约信, zh-Hant: 德文解約信, en: Termination letter in German}
        language: LANGUAGE
        channel: post
        paragraphs:
          - text: {de: "Hiermit kündige ich den Vertrag für {phone}.", zh: "我特此终止 {phone} 的合同。", zh-Hant: "我特此終止 {phone} 的合約。", en: "I hereby end the contract for {phone}."}

    """

    @Test func aLetterMayBeWrittenInAnyLanguageWithoutSwift() throws {
        let flow = try FlowLoader.load(yaml: header + "questions:\n" + goodQuestion + germanLetter.replacingOccurrences(of: "LANGUAGE", with: "de"), name: "de.yaml")
        let letter = try #require(flow.letters.first)
        #expect(letter.language == "de")
        #expect(letter.paragraphs.first?.text.translations["de"] == "Hiermit kündige ich den Vertrag für {phone}.")
    }

    @Test func languageCodesAreTwoOrThreeLettersWithAnOptionalScript() {
        for code in ["zh", "en", "fr", "yue", "zh-Hant", "sr-Latn"] { #expect(FlowParts.isLanguageCode(code), "\(code)") }
        for code in ["", "z", "abcd", "EN", "zh-hant", "zh-Hant-HK", "zh-", "-Hant", "zh-HANT1", "中文", "é"] {
            #expect(!FlowParts.isLanguageCode(code), "\(code)")
        }
    }

    @Test func aLetterLanguageMustBeACode() throws {
        let error = try #require(loadError(header + "questions:\n" + goodQuestion + germanLetter.replacingOccurrences(of: "LANGUAGE", with: "German")))
        #expect(error.message == "'German' is not a language code; write one such as fr, de or es (lower case)")
        #expect(error.position?.line == 15)
    }

    @Test func badIdentifier() throws {
        let error = try #require(loadError(header + "questions:\n  - id: two words\n"))
        #expect(error.message == "a question id 'two words' must be a plain id: letters, digits, '_', '-' or '.'")
        #expect(error.position?.description == "bad.yaml:6:9")
    }

    @Test func unsupportedFormat() throws {
        let error = try #require(loadError("format: 2\nversion: \"1\"\ntitle: {zh: 测试, en: Test}\nstart: a\n"))
        #expect(error.message == "format 2 is not supported; this simguide reads format 1")
        #expect(error.position?.description == "bad.yaml:1:9")
    }

    @Test func emptyWhenIsRejected() throws {
        let rule = "rules:\n  - id: r\n    when: {}\n"
        let error = try #require(loadError(header + "questions:\n" + goodQuestion + rule))
        #expect(error.message == "'when' must map question ids to values, like 'when: {region: fr}'")
        #expect(error.position?.line == 13)
    }

    @Test func missingIncludedFileNamesTheIncludeLine() throws {
        let error = try #require(loadError(header + "include:\n  - nowhere.yaml\nquestions:\n" + goodQuestion))
        #expect(error.message.contains("cannot read the flow file"))
        #expect(error.message.contains("nowhere.yaml"))
        #expect(error.position?.description == "bad.yaml:6:5")
    }

    @Test func emptyFile() throws {
        let error = try #require(loadError(""))
        #expect(error.message == "the file is empty; a flow file is a YAML mapping")
        #expect(error.description == "bad.yaml: error: the file is empty; a flow file is a YAML mapping [empty-file]")
    }

    @Test func aliasBombIsStoppedNotExpanded() throws {
        var yaml = header + "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 { yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += "questions: [*a12]\n"
        let error = try #require(loadError(yaml))
        // Either the unknown key is met first or the budget stops the walk; never a hang.
        #expect(error.message.contains("unknown key 'a0'") || error.message.contains("too large"))
    }
}
