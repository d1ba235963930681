import Foundation
import Testing
import SimguideCore
import SimguideLine
import SimguideTestSupport

/// The line-mode wizard driven by scripted input, as a person at a plain terminal would.
@Suite struct LineWizardTests {
    static let flowPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/flow/simguide.yaml").path

    /// Runs the wizard on the bundled flow with these input lines; returns the outcome, the output and the
    /// final session.
    private func run(_ lines: [String], language: Language = .en) throws -> (LineWizard.Outcome, String, Session) {
        let flow = try FlowLoader.load(path: Self.flowPath)
        final class Script: @unchecked Sendable {
            var lines: [String]
            var output = ""
            init(_ lines: [String]) { self.lines = lines }
        }
        let script = Script(lines)
        var wizard = LineWizard(flow: flow, language: language, width: 80,
                                readLine: { script.lines.isEmpty ? nil : script.lines.removeFirst() },
                                write: { script.output += $0 })
        let outcome = wizard.run()
        return (outcome, script.output, wizard.session)
    }

    @Test func completesACancelPathAndPrintsThePlan() throws {
        // cancel, Hong Kong, csl, number-keeping card, abroad
        let (outcome, output, session) = try run(["1", "2", "1", "1", "1"], language: .zh)
        #expect(outcome == .completed)
        #expect(session.answers == ["action": "cancel", "region": "hk", "carrier": "csl", "card_type": "keep", "abroad": "yes"])
        #expect(output.contains("[第 1 步，最多 6 步]"))
        #expect(output.contains("  2) 香港（+852）"))
        #expect(output.contains("你的计划"))
        #expect(output.contains("储值卡没有合约可解：停止增值（充值），到期后自动失效"))
    }

    @Test func backReturnsToThePreviousQuestionWithItsAnswerSuggested() throws {
        // cancel, France, back, then Enter keeps France, Orange, contract, abroad, unknown commitment
        let (outcome, output, session) = try run(["1", "1", "b", "", "1", "4", "1", "6"])
        #expect(outcome == .completed)
        #expect(output.contains("Last answer: France (+33)"))
        #expect(session.answers["region"] == "fr")
        #expect(session.answers["fr_commitment"] == "unknown")
    }

    @Test func reviewChangesAnAnswerAndDropsTheOnesThatNoLongerFit() throws {
        // renew, France, Free, contract, then review: change region to Hong Kong
        let (outcome, output, session) = try run(["2", "1", "4", "4", "r", "2", "2", "1", "2"])
        #expect(output.contains("Your answers:"))
        #expect(output.contains("  3) Which carrier is it? Free Mobile (incl. the 2-euro plan)"))
        #expect(output.contains("These answers no longer fit and must be given again: Which carrier is it?"))
        // After picking csl, card type was kept and only "abroad" remained: answered with 2 (no).
        #expect(outcome == .completed)
        #expect(session.answers == ["action": "renew", "region": "hk", "carrier": "csl", "card_type": "postpaid", "abroad": "no"])
        #expect(output.contains("A service plan needs no top-up"))
    }

    @Test func helpShowsTheQuestionHelp() throws {
        let (_, output, _) = try run(["1", "1", "?"])
        #expect(output.contains("Look at the SIM holder"))
    }

    @Test func badInputIsExplainedAndAskedAgain() throws {
        let (outcome, output, session) = try run(["9", "x"])
        #expect(outcome == .endOfInput)
        #expect(output.components(separatedBy: "Please type a number from 1 to 2, or b, ?, r, l, q.").count == 3)
        #expect(session.history.isEmpty)
    }

    @Test func quitAsksFirstWhenAnswersWouldBeLost() throws {
        let (outcome, output, _) = try run(["1", "q", "n", "q", "y"])
        #expect(outcome == .quit)
        #expect(output.components(separatedBy: "Quit now? Your answers will not be kept.").count == 3)
        let (atStart, _, _) = try run(["q"])
        #expect(atStart == .quit)
    }

    @Test func languageSwitchesMidway() throws {
        let (_, output, _) = try run(["1", "l"], language: .en)
        #expect(output.contains("Where is this number from?"))
        #expect(output.contains("已切换为简体中文。"))
        #expect(output.contains("这是哪里的号码？"))
    }

    @Test func endOfInputEndsCleanly() throws {
        let (outcome, output, _) = try run(["1"])
        #expect(outcome == .endOfInput)
        #expect(output.hasSuffix("Input ended before the plan was complete.\n"))
    }
}

/// Line mode shows a language added as a catalogue file, with no Swift.
@Suite struct LineWizardInterfaceLanguageTests {
    @Test func aNewCatalogueIsSpokenInLineMode() throws {
        let folder = try InterfaceFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let japanese = try #require(InterfaceTexts(folder: folder.path).language("ja"))
        let flow = try FlowLoader.load(path: LineWizardTests.flowPath)
        final class Script: @unchecked Sendable {
            var lines = ["1", "2", "1", "1", "1"]
            var output = ""
        }
        let script = Script()
        var wizard = LineWizard(flow: flow, language: japanese, width: 80,
                                readLine: { script.lines.isEmpty ? nil : script.lines.removeFirst() },
                                write: { script.output += $0 })
        #expect(wizard.run() == .completed)
        #expect(script.output.contains("[ステップ 1（最大 6）]"))
        #expect(script.output.contains("あなたのプラン"))
        #expect(script.output.contains("あなたの状況"))
    }
}
