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
