import Foundation
import Testing

/// Reporting a content error from the command line, and plans as the content ages.
@Suite struct ContentReportTests {
    private let freeRenewal = ["--answer", "action=renew", "--answer", "region=fr", "--answer", "carrier=free",
                               "--answer", "card_type=keep", "--answer", "abroad=yes"]

    @Test func aReportNamesTheVersionTheAnswersTheStepItsRuleAndItsSources() throws {
        let result = try BinaryRunner.run(["report"] + freeRenewal + ["--step", "3", "--lang", "en"], environment: ["SIMGUIDE_TODAY": "2026-11-24"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("Day: 2026-11-24"))
        #expect(lines.contains("Answers: action=renew region=fr carrier=free card_type=keep abroad=yes"))
        #expect(lines.contains { $0.hasPrefix("Step 3: ") })
        #expect(lines.contains { $0.hasPrefix("Rule: ") && $0.contains(".yaml:") })
        #expect(lines.contains { $0.hasPrefix("  [") && $0.contains("checked 20") })
        #expect(lines.contains("What is wrong (what the plan says, what it should say):"))
    }

    @Test func aStepThatIsNotInThePlanIsAUsageError() throws {
        let result = try BinaryRunner.run(["report"] + freeRenewal + ["--step", "99"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--step 99: this plan has steps 1 to "))
    }

    /// Years after the content was checked, every step rests on an overdue source: the plan says so in
    /// both languages instead of presenting old facts as current, and every plan says how to report.
    @Test func stepsOnOverdueSourcesAreMarkedToConfirm() throws {
        let zh = try BinaryRunner.run(["plan"] + freeRenewal + ["--lang", "zh"], environment: ["SIMGUIDE_TODAY": "2031-01-01"])
        #expect(zh.status == 0)
        #expect(zh.stdout.contains("【待确认】"))
        #expect(zh.stdout.contains("待确认：这一步依据的来源应在"))
        let en = try BinaryRunner.run(["plan"] + freeRenewal + ["--lang", "en"], environment: ["SIMGUIDE_TODAY": "2031-01-01"])
        #expect(en.stdout.contains("[to confirm] "))
        #expect(en.stdout.contains("simguide report"))
        let today = try BinaryRunner.run(["plan"] + freeRenewal + ["--lang", "en"], environment: ["SIMGUIDE_TODAY": "2026-11-24"])
        #expect(!today.stdout.contains("[to confirm]"))
    }
}

/// Lint as a content author meets it: a forgotten file, and warnings that fail a strict run.
@Suite struct LintCommandTests {
    @Test func aFileLeftOutOfIncludeIsReportedAndStrictFailsOnWarnings() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: BinaryRunner.repository.appendingPathComponent("Resources/flow"), to: folder.appendingPathComponent("flow"))
        try "questions: []\n".write(to: folder.appendingPathComponent("flow/iceland.yaml"), atomically: true, encoding: .utf8)
        let lenient = try BinaryRunner.run(["lint", folder.appendingPathComponent("flow").path])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.contains("iceland.yaml:1:1: warning: 'iceland.yaml' is next to the root file but not listed under 'include'"))
        let strict = try BinaryRunner.run(["lint", "--strict", folder.appendingPathComponent("flow").path])
        #expect(strict.status == 1)
    }
}

/// Seeing why a step is in a plan, which rules the paths use, and running the flow's own tests.
@Suite struct AuthoringCommandTests {
    @Test func explainNamesTheRuleFileAndConditionOfEveryStep() throws {
        let result = try BinaryRunner.run(["plan", "--explain", "--answer", "action=cancel", "--answer", "region=hk", "--answer", "carrier=three",
                                           "--answer", "card_type=postpaid", "--answer", "abroad=no", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let why = try #require(result.stdout.components(separatedBy: "Why each step is here\n").last)
        #expect(why.contains("hk-cancel-plan-three-transfer/1  hong-kong.yaml:"))
        #expect(why.contains("when: action=cancel region=hk carrier=three card_type=postpaid"))
        let json = try BinaryRunner.run(["plan", "--explain", "--format", "json", "--answer", "action=cancel"])
        #expect(json.status == 2)
    }

    @Test func coverageCountsRulesAndTheFlowTestsPass() throws {
        let coverage = try BinaryRunner.run(["paths", "--coverage"])
        #expect(coverage.status == 0)
        #expect(coverage.stdout.hasPrefix("rules: "))
        #expect(coverage.stdout.contains("matched by no path: 0;"))
        let tests = try BinaryRunner.run(["test"])
        #expect(tests.status == 0, "\(tests.stdout)")
        #expect(tests.stdout.hasSuffix(" passed, 0 failed\n"))
    }

    @Test func aFailingFlowTestExitsOne() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let flow = folder.appendingPathComponent("flow")
        try FileManager.default.copyItem(at: BinaryRunner.repository.appendingPathComponent("Resources/flow"), to: flow)
        try """
            cases:
              - name: a wrong expectation
                answers: {action: renew, region: hk, carrier: csl, card_type: keep, abroad: "yes"}
                rules: [fr-cancel-free]
            """.write(to: flow.appendingPathComponent("tests/wrong.yaml"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["test", flow.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL  a wrong expectation"))
        #expect(result.stdout.contains("      - expected rule 'fr-cancel-free', the plan has none"))
        #expect(result.stdout.hasSuffix(" passed, 1 failed\n"))
    }
}
