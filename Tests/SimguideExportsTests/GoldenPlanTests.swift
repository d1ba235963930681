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
        let language: Language
        let answers: [(String, String)]
        var description: String { name }
    }

    static let situations: [Situation] = [
        Situation(name: "cancel-fr-free-2euro-from-china", language: .zh, answers: [
            ("action", "cancel"), ("region", "fr"), ("carrier", "free"), ("card_type", "keep"), ("abroad", "yes")]),
        Situation(name: "renew-fr-orange-mobicarte-in-france", language: .en, answers: [
            ("action", "renew"), ("region", "fr"), ("carrier", "orange"), ("card_type", "keep"), ("abroad", "no")]),
        Situation(name: "cancel-hk-csl-prepaid-from-mainland", language: .zh, answers: [
            ("action", "cancel"), ("region", "hk"), ("carrier", "csl"), ("card_type", "keep"), ("abroad", "yes")]),
        Situation(name: "renew-hk-cmhk-keep-from-abroad", language: .zh, answers: [
            ("action", "renew"), ("region", "hk"), ("carrier", "cmhk"), ("card_type", "keep"), ("abroad", "yes")]),
        Situation(name: "cancel-nc-opt-subscription-in-nc", language: .en, answers: [
            ("action", "cancel"), ("region", "nc"), ("carrier", "opt"), ("card_type", "postpaid"), ("abroad", "no")]),
        Situation(name: "cancel-fr-travel-card-from-reseller", language: .zh, answers: [
            ("action", "cancel"), ("region", "fr"), ("carrier", "other"), ("card_type", "travel"), ("abroad", "yes")]),
        Situation(name: "cancel-fr-orange-contract-before-2023-abroad", language: .en, answers: [
            ("action", "cancel"), ("region", "fr"), ("carrier", "orange"), ("card_type", "postpaid"), ("abroad", "yes"),
            ("fr_commitment", "after12_old")]),
    ]

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static func plan(_ situation: Situation) throws -> Plan {
        let flow = try FlowLoader.load(path: repository.appendingPathComponent("Resources/flow/simguide.yaml").path)
        var session = Session(flow: flow)
        for (question, value) in situation.answers {
            #expect(session.currentID == question, "\(situation): expected to be asked \(question)")
            try session.answer(value)
        }
        #expect(session.isComplete, "\(situation): the path did not end")
        return PlanComposer(flow: flow).compose(session)
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
    func textPlan(_ situation: Situation) throws {
        let text = PlanTextRenderer(language: situation.language).render(try Self.plan(situation))
        try Self.compare(text, golden: "\(situation.name).\(situation.language.rawValue).txt")
    }

    @Test func theOtherLanguageHasTheSameShape() throws {
        let situation = Self.situations[2]
        let plan = try Self.plan(situation)
        let chinese = PlanTextRenderer(language: .zh).render(plan)
        let english = PlanTextRenderer(language: .en).render(plan)
        try Self.compare(english, golden: "\(situation.name).en.txt")
        #expect(chinese.components(separatedBy: "[ ]").count == english.components(separatedBy: "[ ]").count)
    }

    @Test func markdownPlan() throws {
        let situation = Self.situations[0]
        let markdown = PlanMarkdownRenderer(language: .en).render(try Self.plan(situation))
        try Self.compare(markdown, golden: "\(situation.name).en.md")
    }

    @Test func textFitsTheWidthExceptForURLs() throws {
        for situation in Self.situations {
            let text = PlanTextRenderer(language: situation.language, width: 60).render(try Self.plan(situation))
            for line in text.split(separator: "\n") where !line.contains("://") {
                #expect(DisplayWidth.of(line) <= 60, "\(situation): \(line)")
            }
        }
    }
}
