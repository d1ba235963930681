import Testing
@testable import SimguideCore

/// Widths in terminal columns and wrapping that never splits a character or overflows.
@Suite struct TextLayoutTests {
    /// Printable ASCII is split into tokens from its bytes: exactly the tokens the character-by-character
    /// rules give, for generated text full of the punctuation those rules treat specially; anything else
    /// is left to those rules.
    @Test func asciiTokensAreTheCharacterRulesTokens() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab Z9 ,.;:?!)]}%([{-'\"/ ")
        for length in 0..<40 {
            for _ in 0..<200 {
                let text = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
                #expect(TextLayout.asciiTokens(text) == TextLayout.characterTokens(text), "'\(text)'")
            }
        }
        for text in ["Call 3179 (free) from the SIM, then [abroad] ask: 100%.", "a(b", "x ) y", "((a", "end."] {
            #expect(TextLayout.asciiTokens(text) == TextLayout.characterTokens(text), "'\(text)'")
        }
        #expect(TextLayout.asciiTokens("法国 France") == nil)
        #expect(TextLayout.asciiTokens("tab\there") == nil)
    }

    /// The footer and the answers line are joined by `joinedText`: it must give what `joined` gives.
    @Test func joinedTextIsWhatJoinedGives() {
        for parts in [[], [""], ["a"], ["a", "b"], ["", "", ""], ["香港", "澳門", "France"], ["x y", "", "z"]] {
            for separator in ["", " ", " › ", "、"] {
                #expect(parts.joinedText(separator: separator) == parts.joined(separator: separator), "\(parts) by '\(separator)'")
            }
        }
    }

    @Test func widthsAreInColumns() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("香港") == 4)
        #expect(DisplayWidth.of("，。") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)  // combining accent takes no column
        #expect(DisplayWidth.of("résiliation") == 11)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("\u{200B}") == 0)  // zero-width space
    }

    @Test func englishWrapsAtSpaces() {
        #expect(TextLayout.wrap("Cancel the line online today", width: 12) == ["Cancel the", "line online", "today"])
    }

    @Test func chineseWrapsBetweenCharactersAndKeepsPunctuationAttached() {
        let lines = TextLayout.wrap("先把用这个号码收验证码的账户改到新号码。", width: 10)
        #expect(lines == ["先把用这个", "号码收验证", "码的账户改", "到新号码。"])
        let punctuation = TextLayout.wrap("一二三四，五六", width: 8)
        #expect(punctuation == ["一二三", "四，五六"])  // "，" never starts a line
        let bracket = TextLayout.wrap("账户里找解约（résiliation）。", width: 18)
        #expect(bracket == ["账户里找解约", "（résiliation）。"])  // "（" never ends a line
    }

    @Test func mixedTextNeverOverflows() {
        let text = "在 Orange 网上账户解约（Sosh 同样网上办理）：Offre et options → Gestion du contrat。"
        for width in 4...40 {
            for line in TextLayout.wrap(text, width: width) {
                #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
            }
        }
        #expect(TextLayout.wrap(text, width: 30).joined().replacingOccurrences(of: " ", with: "")
                == text.replacingOccurrences(of: " ", with: ""))
    }

    @Test func longWordsBreakBetweenCharacters() {
        #expect(TextLayout.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func truncateAndPadCountColumns() {
        #expect(TextLayout.truncate("香港号码", width: 5) == "香港…")
        #expect(TextLayout.truncate("short", width: 10) == "short")
        #expect(TextLayout.pad("香港", width: 6) == "香港  ")
        #expect(DisplayWidth.of(TextLayout.pad("新喀里多尼亚", width: 7)) == 7)
    }

    @Test func prefixIndentsFollowingLines() {
        #expect(TextLayout.wrap("一二三四五六", width: 8, prefix: "1. ") == ["1. 一二", "   三四", "   五六"])
    }

    @Test func emptyTextAndLineBreaks() {
        #expect(TextLayout.wrap("", width: 10) == [""])
        #expect(TextLayout.wrap("a\n\nb", width: 10) == ["a", "", "b"])
    }
}
