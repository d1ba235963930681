import Foundation
import Testing
@testable import SimguideCore

/// The content rules lint checks on every path, with one finding per cause at the place it starts.
@Suite struct PathCheckTests {
    private func findings(_ yaml: String) throws -> [Finding] { try Fixtures.lint(yaml) }

    private func edited(_ replacements: [(String, String)]) -> String { Fixtures.edited(replacements) }

    /// Every empty plan is an error (the second used to be reported as a missing act step), once per
    /// option where the emptiness starts, with how many paths share it.
    @Test func everyEmptyPlanIsAnErrorAtTheOptionWhereItStarts() throws {
        let found = try findings(edited([("when: {action: [cancel, renew]}", "when: {action: cancel}"),
                                         ("when: {action: renew, not: {region: hk}}", "when: {action: cancel, region: hk}"),
                                         ("when: [{action: renew, region: hk}]", "when: [{action: cancel, region: hk}]")]))
        let empty = found.filter { $0.code == .emptyPlan }
        #expect(empty.count == 2, "one per option where it starts: \(empty.map(\.description))")
        #expect(empty.allSatisfy { $0.message.contains("more like it") }, "the other paths are folded in")
        #expect(!found.contains { $0.code == .noActStep }, "an empty plan is not also a missing act step")
    }

    @Test func aPlanWithNothingToBringIsAWarning() throws {
        let found = try findings(edited([("documents: [login], sources: [s1]}", "sources: [s1]}"),
                                         ("documents: [proof], sources: [s1]}", "sources: [s1]}")]))
        #expect(found.contains { $0.code == .noDocument && $0.severity == .warning && $0.message.hasPrefix("the path action=renew region=fr") })
    }

    /// A new carrier whose situation is written per carrier gets only the steps for every carrier: the
    /// La Poste case, where only the fallback letter remained.
    @Test func aCarrierLeftWithoutItsOwnStepsIsReported() throws {
        let withSteps = edited([
            ("      - {value: other, label: {zh: 其他, en: Other}}",
             "      - {value: laposte, label: {zh: La Poste, en: La Poste}, when: {region: fr}}\n      - {value: other, label: {zh: 其他, en: Other}}"),
            ("  - id: cancel-fr\n    when: {action: cancel, region: fr}", "  - id: cancel-fr\n    when: {action: cancel, region: fr, carrier: [free, orange, other]}"),
        ])
        let found = try findings(withSteps)
        let uncovered = found.filter { $0.code == .carrierUncovered }
        #expect(uncovered.count == 1)
        #expect(uncovered.first?.message.contains("carrier 'laposte'") == true)
        #expect(uncovered.first?.position.line == 24, "at the carrier's option")
    }

    @Test func aLetterWithoutItsStepIsAnError() throws {
        let letter = """
            letters:
              - id: proxy
                channel: delegate
                when: {action: cancel}
                title: {zh: 委托书, en: Power of attorney}
                language: en
                paragraphs:
                  - text: {zh: 我委托, en: I authorise}
                sources: [s1]
            documents:
            """
        let found = try findings(Fixtures.small.replacingOccurrences(of: "documents:\n  - {id: passport", with: letter + "\n  - {id: passport"))
        #expect(found.contains { $0.code == .letterWithoutChannel && $0.message.hasPrefix("letter 'proxy' is offered on the path action=cancel") })
    }

    @Test func anOptionThatNamesALaterQuestionSaysWhy() throws {
        let found = try findings(edited([("{value: csl, label: {zh: csl, en: csl}, when: {region: hk}}",
                                          "{value: csl, label: {zh: csl, en: csl}, when: {abroad: \"yes\"}}")]))
        #expect(found.contains { $0.code == .optionNeverShown && $0.message.contains("its 'when' names 'abroad', which no path asks before 'carrier'") })
    }
}

/// The docs list every finding code a volunteer may meet.
@Suite struct FindingCodeDocsTests {
    @Test func everyCodeIsDocumented() throws {
        let docs = try String(contentsOf: Fixtures.repository.appendingPathComponent("docs/flow-format.md"), encoding: .utf8)
        for code in FindingCode.allCases {
            #expect(docs.contains("`\(code.rawValue)`"), "docs/flow-format.md does not explain `\(code.rawValue)`")
        }
    }
}
