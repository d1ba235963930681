import Foundation
import Testing

/// The real binary, as a user or a script calls it: output, exit codes and messages.
@Suite struct CommandLineTests {
    private let freeFromAbroad = ["--answer", "action=cancel", "--answer", "region=fr", "--answer", "carrier=free",
                                  "--answer", "card_type=postpaid", "--answer", "abroad=yes"]

    @Test func planAsJSONHasStepsAndDocuments() throws {
        let result = try BinaryRunner.run(["plan"] + freeFromAbroad + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let phases = try #require(object["phases"] as? [[String: Any]])
        let steps = phases.flatMap { $0["steps"] as? [[String: Any]] ?? [] }
        #expect(!steps.isEmpty)
        #expect(steps.allSatisfy { $0["channel"] != nil && $0["title"] != nil && !($0["sources"] as? [String] ?? []).isEmpty })
        #expect(phases.map { $0["phase"] as? String }.contains("act"))
        #expect(!(object["documents"] as? [Any] ?? []).isEmpty)
    }

    @Test func planAsTextAndMarkdownInChinese() throws {
        let text = try BinaryRunner.run(["plan"] + freeFromAbroad + ["--lang", "zh"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("在 Free Mobile 网上账户申请解约"))
        let markdown = try BinaryRunner.run(["plan"] + freeFromAbroad + ["--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("# Foreign SIM cancellation and renewal guide — Your plan"))
        #expect(markdown.stdout.contains("- [ ] **"))
    }

    @Test func languageComesFromLANG() throws {
        let result = try BinaryRunner.run(["plan"] + freeFromAbroad, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(result.stdout.contains("你的计划"))
    }

    /// The most common command-line errors follow the interface language.
    @Test func answerErrorsSpeakTheInterfaceLanguage() throws {
        let zh = try BinaryRunner.run(["plan", "--lang", "zh", "--answer", "action=cancel", "--answer", "region=xx"])
        #expect(zh.status == 2)
        #expect(zh.stderr.hasPrefix("simguide: “xx”不是“region”（这是哪里的号码？）在这里的答案；可以是：fr, hk"))
        let hant = try BinaryRunner.run(["plan", "--answer", "action=cancel"], environment: ["LANG": "zh_HK.UTF-8"])
        #expect(hant.stderr.hasPrefix("simguide: 缺少對「region」（這是哪裏的號碼？）的回答"))
    }

    @Test func anInvalidAnswerExitsTwoAndListsTheAllowedValues() throws {
        let result = try BinaryRunner.run(["plan", "--answer", "action=cancel", "--answer", "region=xx"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'xx' is not an answer to 'region'"))
        #expect(result.stderr.contains("allowed: fr, hk, nc"))
    }

    @Test func aMissingAnswerExitsTwoAndNamesTheQuestion() throws {
        let result = try BinaryRunner.run(["plan", "--answer", "action=renew", "--answer", "region=hk"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("missing answer to 'carrier'"))
        #expect(result.stderr.contains("csl, cmhk, smartone, three, cuhk, other"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try BinaryRunner.run(["plan", "--format", "pdf"]).status == 2)
        #expect(try BinaryRunner.run(["plan", "--answer", "nonsense"]).status == 2)
        #expect(try BinaryRunner.run(["--no-such-flag"]).status == 2)
    }

    @Test func helpDocumentsTheExitCodes() throws {
        let result = try BinaryRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("2  usage error, or a missing or invalid answer"))
    }

    @Test func lintIsCleanOnTheBundledFlow() throws {
        let result = try BinaryRunner.run(["lint"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("0 error(s), 0 warning(s)"))
    }

    @Test func lintReportsAMissingNextQuestionWithItsPosition() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let flow = folder.appendingPathComponent("broken.yaml")
        try """
        format: 1
        version: "1"
        title: {zh: 测试, en: Test}
        start: a
        questions:
          - id: a
            prompt: {zh: 问, en: Ask}
            options:
              - {value: x, label: {zh: 甲, en: X}}
            next: missing
        """.write(to: flow, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["lint", flow.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(flow.path):10:11: error: next question 'missing' does not exist"))
        // The other commands refuse a broken flow with exit code 3.
        let plan = try BinaryRunner.run(["plan", "--flow", flow.path, "--answer", "a=x"])
        #expect(plan.status == 3)
        #expect(plan.stderr.contains("run 'simguide lint'"))
    }

    @Test func anUnreadableFlowExitsThree() throws {
        let result = try BinaryRunner.run(["lint", "/nonexistent/flow.yaml"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("cannot read the flow file '/nonexistent/flow.yaml'"))
    }

    @Test func pathsAreCountedAndListed() throws {
        let count = try BinaryRunner.run(["paths", "--count"])
        let list = try BinaryRunner.run(["paths"])
        let lines = list.stdout.split(separator: "\n")
        #expect(Int(count.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) == lines.count)
        #expect(lines.first == "action=cancel region=fr carrier=orange card_type=keep abroad=yes")
    }

    @Test func graphFormats() throws {
        #expect(try BinaryRunner.run(["graph", "--format", "dot"]).stdout.hasPrefix("digraph simguide {"))
        #expect(try BinaryRunner.run(["graph", "--format", "mermaid"]).stdout.hasPrefix("flowchart TD"))
    }

    @Test func theInstalledLayoutFindsItsFlowAndInterfaceTexts() throws {
        let prefix = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let bin = prefix.appendingPathComponent("bin"), share = prefix.appendingPathComponent("share/simguide/flow")
        let interface = prefix.appendingPathComponent("share/simguide/interface")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: interface, withIntermediateDirectories: true)
        // Copied by cp, not by this process: a descriptor this process held open for writing would be
        // inherited by the binaries other tests start meanwhile, and running the copy would fail with ETXTBSY.
        let copy = try BinaryRunner.run([BinaryRunner.binary.path, bin.appendingPathComponent("simguide").path],
                                        executable: URL(fileURLWithPath: "/bin/cp"))
        #expect(copy.status == 0, "\(copy.stderr)")
        let flows = BinaryRunner.repository.appendingPathComponent("Resources/flow")
        for file in try FileManager.default.contentsOfDirectory(atPath: flows.path) where file.hasSuffix(".yaml") {
            try FileManager.default.copyItem(at: flows.appendingPathComponent(file), to: share.appendingPathComponent(file))
        }
        let texts = BinaryRunner.repository.appendingPathComponent("Resources/interface")
        for file in try FileManager.default.contentsOfDirectory(atPath: texts.path) where file.hasSuffix(".txt") {
            try FileManager.default.copyItem(at: texts.appendingPathComponent(file), to: interface.appendingPathComponent(file))
        }
        let result = try BinaryRunner.run(["lint"], executable: bin.appendingPathComponent("simguide"))
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains(share.appendingPathComponent("simguide.yaml").path))
        // Without its interface texts an installation says what is missing instead of showing keys.
        try FileManager.default.removeItem(at: interface)
        let broken = try BinaryRunner.run(["plan", "--answer", "action=cancel"], executable: bin.appendingPathComponent("simguide"))
        #expect(broken.status == 3)
        #expect(broken.stderr.contains("interface texts"), "\(broken.stderr)")
    }
}
