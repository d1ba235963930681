import Testing
@testable import SimguideCore

/// Traditional Chinese (Hong Kong usage) as a third language: chosen by Hong Kong, Macau and Taiwan
/// locales, required of every text once a flow offers it, and never silently English.
@Suite struct TraditionalChineseTests {
    @Test(arguments: [
        ("zh_HK.UTF-8", Language.zhHant), ("zh_MO.UTF-8", .zhHant), ("zh_TW.UTF-8", .zhHant), ("zh-Hant", .zhHant),
        ("zh_CN.UTF-8", .zh), ("zh_SG", .zh), ("zh", .zh), ("en_GB.UTF-8", .en), ("C.UTF-8", .en),
    ])
    func theLocaleChoosesTheScript(locale: String, language: Language) {
        #expect(Language.preferred(environment: ["LANG": locale]) == language)
    }

    @Test func theSwitchCyclesThroughTheThreeLanguages() {
        #expect(Language.zh.next == .zhHant && Language.zhHant.next == .en && Language.en.next == .zh)
    }

    @Test func aTextNotYetTranslatedFallsBackToSimplifiedNotEnglish() {
        let text = LocalizedText(["zh": "充值", "en": "top up"])
        #expect(text.text(.zhHant) == "充值")
        #expect(LocalizedText(["zh": "充值", "zh-Hant": "增值", "en": "top up"]).text(.zhHant) == "增值")
    }

    /// The compiled flow builds texts from translations in code order; in any other order they are sorted,
    /// and a repeated code keeps its first text: the same text a dictionary of translations gives.
    @Test func textsAreTheSameHoweverTheirTranslationsWereGiven() {
        let fromDictionary = LocalizedText(["zh": "充值", "zh-Hant": "增值", "en": "top up"])
        let sorted = LocalizedText(sorted: [.init("en", "top up"), .init("zh", "充值"), .init("zh-Hant", "增值")])
        let shuffled = LocalizedText(sorted: [.init("zh-Hant", "增值"), .init("en", "top up"), .init("zh", "充值"), .init("en", "recharge")])
        #expect(sorted == fromDictionary && shuffled == fromDictionary)
        #expect(shuffled.text(.en) == "top up" && shuffled.translations == ["zh": "充值", "zh-Hant": "增值", "en": "top up"])
    }

    @Test func aFlowThatOffersTraditionalChineseNeedsItEverywhere() throws {
        let offered = Fixtures.small.replacingOccurrences(of: "title: {zh: 测试, en: Test}", with: "title: {zh: 测试, zh-Hant: 測試, en: Test}")
        let found = try Fixtures.lint(offered)
        #expect(found.contains { $0.code == .missingTranslation && $0.message == "prompt of 'action' has no 'zh-Hant' text; add 'zh-Hant: ...'" })
        #expect(try Fixtures.lint(Fixtures.small).isEmpty, "a flow without zh-Hant in its title does not need it")
    }
}
