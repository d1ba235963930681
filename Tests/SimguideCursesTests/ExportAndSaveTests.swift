import Foundation
import Testing
import SimguideCore
import SimguideCurses
import SimguideStore
import SimguideTestSupport

/// The export dialog and saved sessions, driven by keys on the in-memory terminal.
@Suite struct ExportAndSaveTests {
    let wizard = WizardAppTests()
    let folder = NSTemporaryDirectory() + "simguide-export-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func planApp(_ language: Language, _ terminal: GridTerminal) throws -> WizardApp {
        let app = try wizard.app(language)
        app.workingFolder = folder
        app.home = folder
        app.today = "2026-11-22"
        wizard.press(wizard.cancelHongKongCsl, app, terminal)
        return app
    }

    private func typing(_ text: String) -> [KeyEvent] { text.map { KeyEvent.character($0) } }

    @Test func exportDialogSavesTheChosenFormatWithTicks() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try planApp(.zh, terminal)
        wizard.press([.character(" "), .character("p"), .down, .down], app, terminal)  // tick step 1, open, HTML
        try wizard.compare(terminal, "export-zh-80x24")
        wizard.assertNoOverflow(terminal)
        wizard.press([.enter], app, terminal)
        let path = folder + "/simguide-plan-2026-11-22.html"
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("<html lang=\"zh-Hans\">"))
        #expect(html.components(separatedBy: "☑").count - 1 == 1, "the ticked step is ticked on paper")
        #expect(html.contains("生成于 2026-11-22"))
        #expect(terminal.snapshot().contains("已保存："))
    }

    @Test func anExistingFileIsReplacedOnlyAfterASecondEnter() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try planApp(.en, terminal)
        let path = folder + "/simguide-plan-2026-11-22.txt"
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        wizard.press([.character("p"), .enter], app, terminal)
        #expect(terminal.snapshot().contains("The file exists. Press Enter again to replace it"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
        wizard.press([.enter], app, terminal)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("Foreign SIM cancellation and renewal guide — Your plan"))
    }

    @Test func aPathThatCannotBeWrittenIsReportedAndNothingIsDamaged() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try planApp(.en, terminal)
        // A folder where the file should be.
        try FileManager.default.createDirectory(atPath: folder + "/plan.txt", withIntermediateDirectories: true)
        let erase = [KeyEvent](repeating: .backspace, count: 70)
        wizard.press([.character("p"), .tab, .character("\u{15}")] + typing("~/plan.txt") + [.enter], app, terminal)
        #expect(terminal.snapshot().contains("Not saved: cannot write"))
        #expect(terminal.snapshot().contains("it is a folder; give a file name"))
        // A folder that does not exist.
        wizard.press(erase + typing("no/such/folder/plan.txt") + [.enter], app, terminal)
        #expect(terminal.snapshot().contains("No such file"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["plan.txt"], "no stray temporary file")
        wizard.press([.escape], app, terminal)
        #expect(!terminal.snapshot().contains("┌"), "Esc closes the dialog")
        #expect(app.mode == .plan)
    }

    /// An export aimed at a file of the flow in use would destroy the content it came from.
    @Test func theFlowInUseIsNeverOverwritten() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try planApp(.en, terminal)
        let flowFile = try #require(app.session.flow.files.last)
        let before = try Data(contentsOf: URL(fileURLWithPath: flowFile))
        wizard.press([.character("p"), .tab, .character("\u{15}")] + typing(flowFile) + [.enter, .enter], app, terminal)
        let shown = terminal.snapshot().split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │")) }.joined(separator: " ")
        #expect(shown.contains("is a file of the guide in use and is never overwritten"), "\(terminal.snapshot())")
        #expect(try Data(contentsOf: URL(fileURLWithPath: flowFile)) == before)
    }

    @Test func typingInThePathDoesNotQuitOrSwitchLanguage() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try planApp(.en, terminal)
        let outcome = wizard.press([.character("p"), .tab] + typing("ql") , app, terminal)
        #expect(outcome == nil)
        #expect(app.language == .en)
        #expect(terminal.snapshot().contains("simguide-plan-2026-11-22.txtql"))
    }

    @Test func printingSendsPagedTextToThePrinter() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try planApp(.zh, terminal)
        final class Spool: @unchecked Sendable { var jobs: [String] = [] }
        let spool = Spool()
        app.printer = { spool.jobs.append($0) }
        wizard.press([.character("p"), .character("5"), .enter], app, terminal)
        #expect(spool.jobs.count == 1)
        #expect(spool.jobs.first?.hasPrefix("境外 SIM 卡注销与续期指南 — 你的计划") == true)
        #expect(terminal.snapshot().contains("已发送到打印机。"))
        app.printer = { _ in throw CocoaError(.fileWriteUnknown) }
        wizard.press([.enter], app, terminal)
        #expect(terminal.snapshot().contains("没有保存："))
    }

    /// The printer (`lp` along PATH) is looked for when the export dialog first opens, once, and not
    /// before: the first frame does not wait for it.
    @Test func thePrinterIsLookedForWhenTheExportDialogOpens() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        final class Lookups: @unchecked Sendable { var count = 0 }
        let lookups = Lookups()
        let app = try wizard.app(.en)
        app.findPrinter = {
            lookups.count += 1
            return { _ in }
        }
        wizard.press([.enter, .enter, .enter, .enter, .enter], app, terminal)
        #expect(lookups.count == 0, "the plan is shown without looking for a printer")
        wizard.press([.character("p")], app, terminal)
        #expect(lookups.count == 1)
        #expect(terminal.snapshot().contains("Print (lp, plain text)"), "\(terminal.snapshot())")
        wizard.press([.escape, .character("p")], app, terminal)
        #expect(lookups.count == 1, "looked for once")
    }

    @Test func aLetterIsFilledInFromTheFormAndTheFormIsRemembered() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try wizard.app(.en)
        app.workingFolder = folder
        app.today = "2026-11-22"
        // cancel, France, Free, number-keeping card, abroad: the termination letter and the procuration.
        wizard.press([.enter, .enter, .character("4"), .enter, .enter, .character("w")], app, terminal)
        #expect(terminal.snapshot().contains("1. Termination letter (lettre de résiliation)"))
        wizard.press([.enter] + typing("Li Hua") + [.down] + typing("Rue 1, Lyon") + [.enter], app, terminal)
        let text = try String(contentsOfFile: folder + "/fr-lettre-resiliation-2026-11-22.txt", encoding: .utf8)
        #expect(text.hasPrefix("Li Hua\nRue 1, Lyon\n"))
        #expect(text.contains("Fait à ________________, le 2026-11-22"), "today is filled in, the place is left to write")
        #expect(FileManager.default.fileExists(atPath: folder + "/fr-lettre-resiliation-2026-11-22.html"))
        for name in ["txt", "html"] {
            let mode = try FileManager.default.attributesOfItem(atPath: folder + "/fr-lettre-resiliation-2026-11-22.\(name)")[.posixPermissions] as? Int
            #expect(mode == 0o600, "a letter holds the user's name and address: private")
        }
        #expect(app.fields["letter.name"] == "Li Hua", "the form is kept in the session")
        // The procuration reuses what was typed.
        wizard.press([.escape, .down, .enter], app, terminal)
        #expect(terminal.snapshot().contains("Li Hua"))
        wizard.press([.escape, .escape], app, terminal)
        #expect(!terminal.snapshot().contains("┌"))
    }

    @Test func aRenewalReminderIsComputedSavedAndShownOnThePlan() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = WizardApp(flow: try ReminderFixtureFlow.load(), language: .en)
        app.workingFolder = folder
        // renew, Hong Kong, csl, number-keeping card, abroad: the fixture adds a 180-day rule for this path.
        wizard.press([.character("2"), .character("2"), .enter, .enter, .enter, .character("d")], app, terminal)
        #expect(terminal.snapshot().contains("Validity rule in our content: test rule: the test card stays valid"))
        wizard.press(typing("2026-02-30") + [.enter], app, terminal)
        #expect(terminal.snapshot().contains("2026-02-30: February 2026 has 28 days."))
        wizard.press([KeyEvent](repeating: .backspace, count: 10) + typing("2027-09-03") + [.enter], app, terminal)
        #expect(terminal.snapshot().contains("Valid until 2028-03-01; renew by 2028-02-23"))
        let ics = try String(contentsOfFile: folder + "/simguide-renewal-2028-03-01.ics", encoding: .utf8)
        #expect(ics.contains("DTSTART;VALUE=DATE:20280223\r\n"))
        wizard.press([.escape], app, terminal)
        #expect(terminal.snapshot().contains("Valid until 2028-03-01; renew by 2028-02-23 (7 days early)."), "the plan shows the deadline")
        // The other kind of date: the expiry the operator shows.
        wizard.press([.character("d"), .down] + typing("2027-01-31") + [.enter], app, terminal)
        #expect(terminal.snapshot().contains("renew by 2027-01-24"))
    }

    @Test func withoutAValidityRuleTheReminderAsksForTheOperatorsDate() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try wizard.app(.en)
        app.workingFolder = folder
        // renew, Hong Kong, csl, number-keeping card, abroad: the bundled content has no rule for csl.
        wizard.press([.character("2"), .character("2"), .enter, .enter, .enter, .character("d")], app, terminal)
        #expect(!terminal.snapshot().contains("Validity rule in our content"))
        wizard.press(typing("2027-01-31") + [.enter], app, terminal)
        #expect(terminal.snapshot().contains("renew by 2027-01-24"), "the typed date is the expiry the operator shows")
    }

    @Test func everyChangeIsSavedAndTheSessionResumesWithItsTicks() throws {
        let store = SessionStore(directory: folder + "/sessions")
        let terminal = GridTerminal(rows: 24, columns: 80)
        let first = try wizard.app(.zh)
        first.keeper = SessionKeeper(store: store, flow: first.session.flow, language: .zh)
        wizard.press([.enter, .character("2")], first, terminal)
        #expect(store.list().sessions.first?.answers.map(\.value) == ["cancel", "hk"], "saved after each answer")
        wizard.press([.enter, .enter, .enter, .down, .character(" "), .character("l")], first, terminal)
        let saved = try #require(store.list().sessions.first)
        #expect(saved.answers.count == 5)
        #expect(saved.ticks.count == 1)
        #expect(saved.language == "zh-Hant")
        // Quitting asks nothing: the answers are kept.
        #expect(wizard.press([.character("q")], first, terminal) == .quit(sawPlan: true))

        let second = try wizard.app(.zh)
        #expect(second.restore(saved) == [])
        let again = GridTerminal(rows: 24, columns: 80)
        second.draw(on: again)
        #expect(second.mode == .plan)
        #expect(second.ticks == first.ticks)
        #expect(second.language == .zhHant)
        wizard.press([.down], second, again)  // bring the ticked second step into view
        #expect(again.snapshot().contains("[x] 2."))
    }

    @Test func aSessionFromOlderContentContinuesWhereItStopsFitting() throws {
        let app = try wizard.app(.en)
        let saved = SavedSession(id: "old", created: "2026-01-01T00:00:00Z", flowVersion: "2025.01.01", language: "en",
                                 answers: [.init(question: "action", value: "cancel"), .init(question: "region", value: "fr"),
                                           .init(question: "carrier", value: "gone-carrier"), .init(question: "card_type", value: "keep")])
        #expect(app.restore(saved) == ["carrier", "card_type"])
        #expect(app.session.currentID == "carrier")
        let terminal = GridTerminal(rows: 24, columns: 80)
        app.draw(on: terminal)
        #expect(terminal.snapshot().contains("The guide has changed since"))
    }
}
