import Foundation
import Testing
import SimguideCore
import SimguideExports

/// Plans for real situations, compared with reviewed files in `Goldens/`.
///
/// To re-record after an intended change: `SIMGUIDE_RECORD_GOLDENS=1 swift test`, then read every
/// changed file in `git diff` before committing.
@Suite struct GoldenPlanTests {
    struct Situation: CustomStringConvertible, Sendable {
        let name: String
        let answers: [(String, String)]
        var description: String { name }

        init(_ name: String, _ answers: [(String, String)]) {
            self.name = name
            self.answers = answers
        }

        /// Chinese and English for every situation; Hong Kong and Macau, whose users most likely read
        /// 繁體, are also kept in Traditional Chinese.
        var languages: [Language] {
            let region = answers.first { $0.0 == "region" }?.1
            return GoldenPlanTests.traditionalRegions.contains(region ?? "") ? [.zh, .zhHant, .en] : [.zh, .en]
        }
    }

    /// Regions whose goldens also hold the zh-Hant plan.
    static let traditionalRegions: Set<String> = ["hk", "mo"]

    static func path(_ action: String, _ region: String, _ carrier: String, _ card: String, abroad: Bool,
                     commitment: String? = nil) -> [(String, String)] {
        var answers = [("action", action), ("region", region), ("carrier", carrier), ("card_type", card),
                       ("abroad", abroad ? "yes" : "no")]
        if let commitment { answers.append(("fr_commitment", commitment)) }
        return answers
    }

    /// Real situations: every region, both actions, at home and abroad, the main carriers and card types.
    /// Each is kept in Chinese and in English (Hong Kong and Macau also in Traditional Chinese).
    static let situations: [Situation] = [
        // France
        Situation("cancel-fr-free-2euro-from-china", path("cancel", "fr", "free", "keep", abroad: true)),
        Situation("renew-fr-orange-mobicarte-in-france", path("renew", "fr", "orange", "keep", abroad: false)),
        Situation("cancel-fr-travel-card-from-reseller", path("cancel", "fr", "other", "travel", abroad: true)),
        Situation("cancel-fr-orange-contract-before-2023-abroad",
                  path("cancel", "fr", "orange", "postpaid", abroad: true, commitment: "after12_old")),
        Situation("cancel-fr-sfr-contract-first-year-in-france",
                  path("cancel", "fr", "sfr", "postpaid", abroad: false, commitment: "first12")),
        Situation("cancel-fr-bouygues-no-commitment-in-france",
                  path("cancel", "fr", "bouygues", "postpaid", abroad: false, commitment: "none")),
        Situation("cancel-fr-orange-subsidised-phone-abroad",
                  path("cancel", "fr", "orange", "postpaid", abroad: true, commitment: "after12_new_phone")),
        Situation("cancel-fr-other-contract-unknown-commitment-abroad",
                  path("cancel", "fr", "other", "postpaid", abroad: true, commitment: "unknown")),
        Situation("renew-fr-sfr-la-carte-from-abroad", path("renew", "fr", "sfr", "keep", abroad: true)),
        Situation("renew-fr-free-2euro-from-abroad", path("renew", "fr", "free", "keep", abroad: true)),
        Situation("renew-fr-bouygues-contract-abroad", path("renew", "fr", "bouygues", "postpaid", abroad: true)),
        // Hong Kong
        Situation("cancel-hk-csl-prepaid-from-mainland", path("cancel", "hk", "csl", "keep", abroad: true)),
        Situation("cancel-hk-three-plan-in-hong-kong", path("cancel", "hk", "three", "postpaid", abroad: false)),
        Situation("cancel-hk-smartone-plan-from-abroad", path("cancel", "hk", "smartone", "postpaid", abroad: true)),
        Situation("renew-hk-cmhk-keep-from-abroad", path("renew", "hk", "cmhk", "keep", abroad: true)),
        Situation("renew-hk-other-travel-card-from-abroad", path("renew", "hk", "other", "travel", abroad: true)),
        // New Caledonia
        Situation("cancel-nc-opt-subscription-in-nc", path("cancel", "nc", "opt", "postpaid", abroad: false)),
        Situation("cancel-nc-liberte-from-abroad", path("cancel", "nc", "opt", "keep", abroad: true)),
        Situation("cancel-nc-other-data-card-from-abroad", path("cancel", "nc", "other", "data", abroad: true)),
        Situation("renew-nc-liberte-from-abroad", path("renew", "nc", "opt", "keep", abroad: true)),
        // Macau
        Situation("renew-mo-ctm-prepaid-from-abroad", path("renew", "mo", "ctm", "keep", abroad: true)),
        Situation("cancel-mo-three-contract-from-abroad", path("cancel", "mo", "three_mo", "postpaid", abroad: true)),
        // United Kingdom
        Situation("renew-uk-giffgaff-from-abroad", path("renew", "uk", "giffgaff", "keep", abroad: true)),
        Situation("cancel-uk-ee-contract-in-uk", path("cancel", "uk", "ee", "postpaid", abroad: false)),
        Situation("renew-uk-lebara-payg-from-abroad", path("renew", "uk", "lebara", "keep", abroad: true)),
        // United States
        Situation("renew-us-ultra-paygo-from-abroad", path("renew", "us", "ultra", "keep", abroad: true)),
        Situation("cancel-us-verizon-prepaid-from-abroad", path("cancel", "us", "verizon", "keep", abroad: true)),
    ]

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static func plan(_ situation: Situation) throws -> Plan {
        try plan(situation, flow: FlowLoader.load(path: repository.appendingPathComponent("Resources/flow/simguide.yaml").path))
    }

    static func plan(_ situation: Situation, flow: Flow) throws -> Plan {
        var session = Session(flow: flow)
        for (question, value) in situation.answers {
            #expect(session.currentID == question, "\(situation): expected to be asked \(question)")
            try session.answer(value)
        }
        #expect(session.isComplete, "\(situation): the path did not end")
        // A fixed day: plans say how long ago each source was checked.
        return PlanComposer(flow: flow, today: try #require(CivilDate("2026-11-24"))).compose(session)
    }

    static func compare(_ actual: String, golden name: String) throws {
        let url = goldens.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SIMGUIDE_RECORD_GOLDENS"] == "1" {
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden; if intended, re-record and review the diff")
    }

    @Test(arguments: situations)
    func textPlanInEveryLanguage(_ situation: Situation) throws {
        let plan = try Self.plan(situation)
        for language in situation.languages {
            try Self.compare(PlanTextRenderer(language: language).render(plan),
                             golden: "\(situation.name).\(language.rawValue).txt")
        }
    }

    /// Every language lists the same tick boxes, warnings and citations: a translation never drops a step.
    @Test(arguments: situations)
    func everyLanguageHasTheSameShape(_ situation: Situation) throws {
        let plan = try Self.plan(situation)
        let english = PlanTextRenderer(language: .en).render(plan)
        for language in situation.languages where language != .en {
            let chinese = PlanTextRenderer(language: language).render(plan)
            for marker in ["[ ]", "  ! ", "][", "[1]"] {
                #expect(chinese.components(separatedBy: marker).count == english.components(separatedBy: marker).count,
                        "\(situation) \(language): '\(marker)' count differs from English")
            }
        }
    }

    @Test func markdownPlan() throws {
        let situation = Self.situations[0]
        let markdown = PlanMarkdownRenderer(language: .en).render(try Self.plan(situation))
        try Self.compare(markdown, golden: "\(situation.name).en.md")
    }

    @Test func textFitsTheWidthExceptForURLs() throws {
        for situation in Self.situations {
            let plan = try Self.plan(situation)
            for language in situation.languages {
                let text = PlanTextRenderer(language: language, width: 60).render(plan)
                for line in text.split(separator: "\n") where !line.contains("://") {
                    #expect(DisplayWidth.of(line) <= 60, "\(situation) \(language): \(line)")
                }
            }
        }
    }
}
