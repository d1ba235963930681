import Foundation
import Testing
import SimguideCore
import SimguideCurses
import SimguideExports

/// What the plan screen shows (ticks, renewal deadline) reaches every export and the scrollback, and
/// files are replaced only after asking, with an extension that matches the format.
@Suite struct PlanActionsTests {
    let wizard = WizardAppTests()
    let folder = NSTemporaryDirectory() + "simguide-actions-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func typing(_ text: String) -> [KeyEvent] { wizard.typing(text) }

    private func planApp(_ language: Language, _ answers: String, _ terminal: GridTerminal) throws -> WizardApp {
        try wizard.planApp(language, answers, terminal, folder: folder)
    }

    private func read(_ name: String) throws -> String { try String(contentsOfFile: folder + "/" + name, encoding: .utf8) }

    @Test func theDeadlineAndTicksReachEveryExportAndTheScrollback() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try planApp(.en, "22111", terminal)  // renew a Hong Kong csl number-keeping card
        // The content has no validity rule for it: the dialog asks for the expiry date the operator shows.
        wizard.press([.character("d")] + typing("2027-04-01") + [.enter, .escape], app, terminal)
        #expect(terminal.snapshot().contains("Valid until 2027-04-01"))
        wizard.press([.pageDown, .character(" ")], app, terminal)
        #expect(app.ticks.count == 1)
        // Every format, one after the other in the same dialog.
        wizard.press([.character("p"), .enter, .down, .enter, .down, .enter, .down, .enter, .escape], app, terminal)
        let text = try read("simguide-plan-2026-11-22.txt")
        #expect(text.contains("Valid until 2027-04-01; renew by 2027-03-25"))
        #expect(!text.contains("Give the date of the last top-up"))
        #expect(text.contains("[x]"))
        #expect(try read("simguide-plan-2026-11-22.md").contains("Valid until 2027-04-01; renew by 2027-03-25"))
        #expect(try read("simguide-plan-2026-11-22.md").contains("- [x]"))
        let html = try read("simguide-plan-2026-11-22.html")
        #expect(html.contains("Valid until 2027-04-01; renew by 2027-03-25"))
        #expect(html.contains("Renewal deadline"))
        let json = try read("simguide-plan-2026-11-22.json")
        #expect(json.contains("\"renew_by\" : \"2027-03-25\""))
        #expect(json.contains("\"done\" : true"))
        // The scrollback after quitting: the same words and ticks.
        let scrollback = try #require(app.planActions).text(width: 80)
        #expect(scrollback.contains("Valid until 2027-04-01"))
        #expect(scrollback.contains("[x]"))
    }

    @Test func choosingAFormatChangesTheExtensionOfAnEditedOrRememberedPath() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try planApp(.en, "12111", terminal)
        wizard.press([.character("p"), .tab, .character("\u{15}")] + typing("~/mine.txt") + [.down, .down], app, terminal)
        #expect(terminal.snapshot().contains("File: ~/mine.html"))
        wizard.press([.enter, .escape], app, terminal)
        #expect(FileManager.default.fileExists(atPath: folder + "/mine.html"))
        // Opened again: the remembered path, and the extension follows the format chosen now.
        wizard.press([.character("p"), .character("4")], app, terminal)
        #expect(terminal.snapshot().contains("File: ~/mine.json"))
        // A name with an extension of the user's own is left alone.
        wizard.press([.tab, .character("\u{15}")] + typing("~/plan.print") + [.up], app, terminal)
        #expect(terminal.snapshot().contains("File: ~/plan.print"))
    }

    @Test func aLetterAsksBeforeReplacingAnExistingOne() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try planApp(.en, "11411", terminal)  // cancel a Free line: letters
        let path = folder + "/fr-lettre-resiliation-2026-11-22.txt"
        try Data("another session's letter".utf8).write(to: URL(fileURLWithPath: path))
        wizard.press([.character("w"), .enter] + typing("Li Hua") + [.enter], app, terminal)
        #expect(terminal.snapshot().contains("This letter's files exist"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "another session's letter")
        wizard.press([.enter], app, terminal)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("Li Hua"))
        #expect(terminal.snapshot().contains("Saved:"))
    }
}
