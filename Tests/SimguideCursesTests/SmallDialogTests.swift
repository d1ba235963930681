import Foundation
import Testing
import SimguideCore
@testable import SimguideCurses

/// Every dialog works at 40x12, the smallest terminal the wizard draws on: the focused field is on
/// screen, warnings are not cut off, and every key of the footer is shown.
@Suite struct SmallDialogTests {
    let wizard = WizardAppTests()
    let folder = NSTemporaryDirectory() + "simguide-small-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func typing(_ text: String) -> [KeyEvent] { wizard.typing(text) }

    private func planApp(_ language: Language, _ answers: String, _ terminal: GridTerminal) throws -> WizardApp {
        try wizard.planApp(language, answers, terminal, folder: folder)
    }

    private func row(_ terminal: GridTerminal, _ index: Int) -> String {
        String(terminal.snapshot().split(separator: "\n", omittingEmptySubsequences: false)[index])
    }

    @Test func exportWarningAndKeysAreVisible() throws {
        for language in [Language.zh, .en] {
            let terminal = GridTerminal(rows: 12, columns: 40)
            let app = try planApp(language, "11411", terminal)
            try Data("keep".utf8).write(to: URL(fileURLWithPath: folder + "/simguide-plan-2026-11-22.txt"))
            wizard.press([.character("p"), .enter], app, terminal)
            let screen = terminal.snapshot()
            #expect(screen.contains(language == .zh ? "文件已存在" : "The file exists"), "\(screen)")
            #expect(screen.contains(language == .zh ? "再按 Enter 替换" : "Enter again"), "\(screen)")
            #expect(screen.contains("Esc"), "the footer is cut: \(screen)")
            wizard.assertNoOverflow(terminal)
            // Editing the path keeps the path line on screen with the cursor on it.
            wizard.press([.tab], app, terminal)
            #expect(row(terminal, terminal.cursor.row).contains(language == .zh ? "文件：" : "File:"))
        }
    }

    @Test func letterFieldsScrollWithTheFocus() throws {
        let terminal = GridTerminal(rows: 12, columns: 40)
        let app = try planApp(.zh, "11411", terminal)  // cancel a Free line: it comes with letters
        wizard.press([.character("w")], app, terminal)
        if app.writingLetter?.letter == nil { wizard.press([.enter], app, terminal) }
        let count = try #require(app.writingLetter?.fields.count)
        #expect(count > 4, "the form is taller than the screen")
        for index in 0..<count {
            wizard.press(typing("Z\(index)"), app, terminal)
            // What was typed is on the focused row, where the cursor is.
            #expect(row(terminal, terminal.cursor.row).contains("Z\(index)"), "field \(index): \(terminal.snapshot())")
            #expect(terminal.rows(styled: .focus).contains(terminal.cursor.row))
            #expect(terminal.snapshot().contains("Esc"))
            wizard.press([.down], app, terminal)
        }
        wizard.assertNoOverflow(terminal)
        // Saving twice: the question before replacing is whole on screen.
        wizard.press([.enter, .enter], app, terminal)
        // The box lines joined (a line break takes the space after "Esc").
        let joined = terminal.snapshot().split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │")) }.joined()
        #expect(joined.contains("这封信的文件已存在（可能来自另一次进度）。再按 Enter 替换，或按 Esc返回。"), "\(terminal.snapshot())")
    }

    @Test func reminderErrorIsVisible() throws {
        let terminal = GridTerminal(rows: 12, columns: 40)
        let app = try planApp(.zh, "22111", terminal)  // renew a Hong Kong csl number-keeping card
        wizard.press([.character("d")] + typing("2026-02-30") + [.enter], app, terminal)
        #expect(terminal.rows(styled: .warning).count >= 1)
        #expect(terminal.snapshot().contains("2026 年 2 月只有 28 天"), "in the interface language: \(terminal.snapshot())")
        // A date typed with slashes and a one-digit day is read (the operator's expiry: the content has no
        // validity rule for this card); a deadline already past is saved with a warning.
        wizard.press([KeyEvent](repeating: .backspace, count: 10) + typing("2026/3/1") + [.enter], app, terminal)
        #expect(FileManager.default.fileExists(atPath: folder + "/simguide-renewal-2026-03-01.ics"))
        #expect(terminal.snapshot().contains("已经过了"), "\(terminal.snapshot())")
        #expect(terminal.snapshot().contains("Esc"))
        wizard.assertNoOverflow(terminal)
    }

    @Test func helpScrollsToTheLastKey() throws {
        let terminal = GridTerminal(rows: 12, columns: 40)
        let app = try planApp(.en, "111412", terminal)
        wizard.press([.character("?")], app, terminal)
        #expect(terminal.snapshot().contains("Keys"))
        #expect(!terminal.snapshot().contains("Quit (asks first"))
        wizard.press([KeyEvent](repeating: .down, count: 40), app, terminal)
        #expect(terminal.snapshot().contains("Quit (asks"))
        wizard.press([.character("x")], app, terminal)
        #expect(!app.showingHelp)
        #expect(app.mode == .plan)
    }

    @Test func footersOfferOnlyKeysThatWork() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let cancel = try planApp(.en, "12111", terminal)  // Hong Kong csl cancellation: no letter, no reminder
        #expect(!terminal.snapshot().contains("w letters"))
        #expect(!terminal.snapshot().contains("d reminder"))
        wizard.press([.character("w")], cancel, terminal)
        #expect(cancel.writingLetter == nil)
        let renewal = try planApp(.en, "22111", terminal)
        #expect(terminal.snapshot().contains("d reminder"))
        #expect(!terminal.snapshot().contains("w letters"))
        let free = try planApp(.en, "11411", terminal)
        #expect(terminal.snapshot().contains("w letters"))
        // The change screen: ? shows its help, r goes back to the review.
        wizard.press([.character("r"), .enter, .character("?")], free, terminal)
        #expect(free.showingHelp)
        #expect(terminal.snapshot().contains("Keep the answer and go back to the review"))
        wizard.press([.escape, .character("r")], free, terminal)
        #expect(free.mode == .review)
        _ = renewal
    }

    @Test func questionMarkListsTheKeysOfTheOpenDialog() throws {
        let terminal = GridTerminal(rows: 12, columns: 40)
        let app = try planApp(.en, "11411", terminal)
        wizard.press([.character("p"), .character("?")], app, terminal)
        #expect(app.showingHelp && app.exporting != nil)
        #expect(terminal.snapshot().contains("Edit the file path"), "\(terminal.snapshot())")
        wizard.press([.character("x")], app, terminal)  // closes the overlay, not the dialog
        #expect(!app.showingHelp && app.exporting != nil)
        #expect(app.exporting?.path.hasSuffix(".txt") == true, "the key was not typed into the path")
        // In the letter form every key is typed, ? too.
        wizard.press([.escape, .character("w"), .enter, .character("?")], app, terminal)
        #expect(!app.showingHelp)
        #expect(app.fields["letter.name"] == "?")
    }
}
