import Testing
@testable import simguide

/// The plain wizard's invocations read without ArgumentParser must mean exactly what ArgumentParser
/// reads from them; everything else must go to ArgumentParser.
@Suite struct PlainWizardArgumentsTests {
    static let tokens = ["--lang", "en", "zh", "zh-Hant", "--lang=zh-Hant", "--lang=xx", "--lang=", "--plain", "--no-save",
                         "--no-save=1", "--resume", "plan", "--help", "-h", "--version", "--", "--flow", "x"]

    /// Every sequence of up to four tokens.
    static var invocations: [[String]] {
        var all: [[String]] = [[]], layer: [[String]] = [[]]
        for _ in 1...4 {
            layer = layer.flatMap { prefix in tokens.map { prefix + [$0] } }
            all += layer
        }
        return all
    }

    @Test func whatIsReadWithoutTheParserMeansWhatTheParserReads() throws {
        var taken = 0
        for arguments in Self.invocations {
            guard let plain = PlainWizardArguments(ArraySlice(arguments)) else { continue }
            taken += 1
            let parsed = try #require(try Simguide.parseAsRoot(arguments) as? WizardCommand, "\(arguments)")
            #expect(plain.lang == parsed.options.lang, "\(arguments)")
            #expect(plain.plain == parsed.plain, "\(arguments)")
            #expect(plain.noSave == parsed.noSave, "\(arguments)")
            #expect(parsed.options.flow == nil && !parsed.resume && parsed.session == nil && parsed.answers.isEmpty)
        }
        // None; 6 single options (--lang in four spellings); 18 pairs; 24 triples, in every order.
        #expect(taken == 49)
    }

    @Test func theCommonInvocationsNeedNoParser() {
        let none = PlainWizardArguments([])
        #expect(none?.lang == nil && none?.plain == false && none?.noSave == false)
        #expect(PlainWizardArguments(["--lang", "zh-Hant"])?.lang == .zhHant)
        let all = PlainWizardArguments(["--no-save", "--lang=en", "--plain"])
        #expect(all?.lang == .en && all?.plain == true && all?.noSave == true)
    }

    @Test func everythingElseIsTheParsers() {
        for arguments in [["--help"], ["--version"], ["plan"], ["--lang"], ["--lang", "xx"], ["--lang=EN"], ["--plain", "--plain"],
                          ["--lang", "en", "--lang", "zh"], ["--no-save=1"], ["--resume"], ["--", "--plain"], ["wizard"]] {
            #expect(PlainWizardArguments(ArraySlice(arguments)) == nil, "\(arguments)")
        }
    }
}
