import Foundation
import Testing
import SimguideCore
import SimguideCurses
import SimguideTestSupport

/// The full-screen wizard on the in-memory terminal: snapshots read as text, and key-driven journeys.
///
/// Snapshots are re-recorded only on purpose: `SIMGUIDE_RECORD_GOLDENS=1 swift test`, then read the diff.
@Suite struct WizardAppTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    func app(_ language: Language) throws -> WizardApp {
        WizardApp(flow: try FlowLoader.load(path: Self.repository.appendingPathComponent("Resources/flow/simguide.yaml").path),
                  language: language)
    }

    /// Feeds keys one by one, drawing after each as the real loop does.
    @discardableResult
    func press(_ keys: [KeyEvent], _ app: WizardApp, _ terminal: GridTerminal) -> WizardApp.Outcome? {
        for key in keys {
            app.draw(on: terminal)
            if let outcome = app.handle(key, size: terminal.size) { return outcome }
        }
        app.draw(on: terminal)
        return nil
    }

    func compare(_ terminal: GridTerminal, _ name: String) throws {
        let url = Self.snapshots.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["SIMGUIDE_RECORD_GOLDENS"] == "1" {
            try Data(terminal.snapshot().utf8).write(to: url, options: .atomic)
            return
        }
        #expect(terminal.snapshot() == (try String(contentsOf: url, encoding: .utf8)), "snapshot \(name) differs")
    }

    /// Keys that type `text`.
    func typing(_ text: String) -> [KeyEvent] { text.map { KeyEvent.character($0) } }

    /// A wizard brought to the plan by typing `answers` (digits), writing its files into `folder`.
    func planApp(_ language: Language, _ answers: String, _ terminal: GridTerminal, folder: String) throws -> WizardApp {
        let app = try self.app(language)
        app.workingFolder = folder
        app.home = folder
        app.today = "2026-11-22"
        press(typing(answers), app, terminal)
        #expect(app.mode == .plan)
        return app
    }

    func assertNoOverflow(_ terminal: GridTerminal) {
        for line in terminal.snapshot().split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(DisplayWidth.of(line) <= terminal.size.columns, "overflow: \(line)")
        }
    }

    /// cancel, Hong Kong, csl, number-keeping card, abroad = yes
    let cancelHongKongCsl: [KeyEvent] = [.enter, .character("2"), .enter, .enter, .enter]

    // MARK: Snapshots

    @Test func questionScreens() throws {
        for (language, rows, columns) in [(Language.zh, 24, 80), (.en, 24, 80), (.zh, 12, 40)] {
            let terminal = GridTerminal(rows: rows, columns: columns)
            let app = try app(language)
            press([.enter, .character("1")], app, terminal)  // cancel, France: the carrier question
            try compare(terminal, "question-\(language.rawValue)-\(columns)x\(rows)")
            assertNoOverflow(terminal)
            #expect(terminal.cursor.row == terminal.rows(styled: .focus).first)
        }
    }

    @Test func helpOverlay() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try app(.zh)
        press([.enter, .character("1"), .character("?")], app, terminal)
        try compare(terminal, "help-zh-80x24")
        press([.character("x")], app, terminal)  // any key closes it
        #expect(!terminal.snapshot().contains("┌"))
    }

    @Test func reviewScreen() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try app(.en)
        press(cancelHongKongCsl + [.character("r")], app, terminal)
        try compare(terminal, "review-en-80x24")
    }

    @Test func planScreens() throws {
        for (language, rows, columns) in [(Language.zh, 24, 80), (.en, 24, 80), (.zh, 12, 40)] {
            let terminal = GridTerminal(rows: rows, columns: columns)
            let app = try app(language)
            press(cancelHongKongCsl, app, terminal)
            #expect(app.mode == .plan)
            try compare(terminal, "plan-\(language.rawValue)-\(columns)x\(rows)")
            assertNoOverflow(terminal)
        }
    }

    @Test func quitDialogAndTooSmallScreen() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try app(.zh)
        press([.enter, .character("q")], app, terminal)
        try compare(terminal, "quit-zh-80x24")
        let small = GridTerminal(rows: 10, columns: 30)
        app.draw(on: small)
        try compare(small, "too-small-zh-30x10")
    }

    // MARK: Journeys

    @Test func completesACancelPathAndARenewPath() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let cancel = try app(.zh)
        press(cancelHongKongCsl, cancel, terminal)
        #expect(cancel.session.answers == ["action": "cancel", "region": "hk", "carrier": "csl", "card_type": "keep", "abroad": "yes"])
        #expect(terminal.snapshot().contains("你的计划"))
        let renew = try app(.en)
        // renew, France, Orange (arrows), contract, in France
        press([.down, .enter, .enter, .down, .up, .enter, .character("4"), .down, .enter], renew, terminal)
        #expect(renew.session.answers == ["action": "renew", "region": "fr", "carrier": "orange", "card_type": "postpaid", "abroad": "no"])
        press([.end, .pageUp, .home], renew, terminal)
        var pages = 0
        while !terminal.snapshot().contains("A contract needs no renewal"), pages < 4 {
            press([.pageDown], renew, terminal)
            pages += 1
        }
        #expect(terminal.snapshot().contains("A contract needs no renewal"), "the renewal step is reached by paging down")
    }

    @Test func goingBackKeepsTheEarlierAnswerFocused() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try app(.en)
        press([.enter, .character("3"), .backspace], app, terminal)
        #expect(app.session.currentID == "region")
        #expect(app.focus == 2)  // New Caledonia, the answer given before
        press([.escape, .left], app, terminal)
        #expect(app.session.currentID == "action")
        #expect(terminal.snapshot().contains("This is the first question."))
    }

    @Test func changingAnAnswerFromReviewClearsDependents() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try app(.en)
        press(cancelHongKongCsl, app, terminal)
        // review, second answer (region), choose France: csl no longer fits
        press([.character("r"), .down, .enter, .character("1")], app, terminal)
        #expect(app.mode == .question)
        #expect(app.session.currentID == "carrier")
        #expect(app.session.answers["carrier"] == nil)
        #expect(terminal.snapshot().contains("No longer fits, please answer again: Which carrier is it?"))
        press([.character("4")], app, terminal)  // Free: card type and abroad are kept
        #expect(app.mode == .plan)
        #expect(app.session.answers == ["action": "cancel", "region": "fr", "carrier": "free", "card_type": "keep", "abroad": "yes"])
    }

    @Test func ticksSurviveLanguageSwitchAndScrolling() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try app(.zh)
        press(cancelHongKongCsl + [.character(" "), .down, .down, .character(" ")], app, terminal)
        #expect(app.ticks.count == 2)
        press([.character("l")], app, terminal)
        #expect(app.language == .zhHant, "简体, then 繁體, then English")
        press([.character("l")], app, terminal)
        #expect(app.language == .en)
        #expect(app.ticks.count == 2)
        press([.home], app, terminal)
        #expect(terminal.snapshot().contains("[x] 1. Check first: is money taken from your bank account"))
        press([.character(" ")], app, terminal)
        #expect(app.ticks.count == 1)
    }

    @Test func languageSwitchesMidQuestion() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try app(.en)
        press([.enter, .character("l")], app, terminal)
        #expect(terminal.snapshot().contains("这是哪里的号码？"))
        #expect(terminal.snapshot().contains("已切换为简体中文"))
    }

    @Test func resizingKeepsTheFocusAndRecoversFromTooSmall() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try app(.zh)
        press([.enter, .character("2"), .down, .down], app, terminal)
        #expect(app.focus == 2)
        for (rows, columns) in [(12, 40), (10, 30), (30, 100)] {
            terminal.resize(rows: rows, columns: columns)
            press([.resize], app, terminal)
            assertNoOverflow(terminal)
        }
        #expect(app.focus == 2)
        #expect(terminal.snapshot().contains("› 3. 数码通 SmarTone"))
    }

    @Test func quitAsksOnlyWhenAnswersWouldBeLost() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        #expect(press([.character("q")], try app(.zh), terminal) == .quit(sawPlan: false))
        let app = try app(.zh)
        #expect(press([.enter, .character("q"), .character("n")], app, terminal) == nil)
        #expect(press([.character("q"), .character("y")], app, terminal) == .quit(sawPlan: false))
    }

    @Test func clickingAnOptionChoosesIt() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try app(.en)
        app.draw(on: terminal)
        let rowOfRenew = try #require(terminal.snapshot().split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("2. Renew") })
        press([.click(row: rowOfRenew, column: 5)], app, terminal)
        #expect(app.session.answers["action"] == "renew")
    }

    /// `SIMGUIDE_RANDOM_KEYS` and `SIMGUIDE_RANDOM_SEED` make longer or different runs (`make fuzz`).
    @Test func randomKeysNeverBreakTheSession() throws {
        let environment = ProcessInfo.processInfo.environment
        var generator = SeededGenerator(seed: environment["SIMGUIDE_RANDOM_SEED"].flatMap(UInt64.init) ?? 7)
        let count = environment["SIMGUIDE_RANDOM_KEYS"].flatMap(Int.init) ?? 10_000
        let keys: [KeyEvent] = [.up, .down, .left, .right, .enter, .enter, .backspace, .escape, .pageUp, .pageDown, .home, .end,
                                .tab, .character("1"), .character("2"), .character("3"), .character("5"), .character("r"),
                                .character("?"), .character("l"), .character(" "), .character("x"), .character("q"),
                                .character("n"), .character("p"), .character("w"), .character("d"), .character("-"),
                                .character("\u{15}"), .character("字"), .click(row: 5, column: 3), .resize,
                                .wheelUp, .wheelDown, .character("/"), .character("n"), .character("]"), .character("["),
                                .character("y"), .character("/")]
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try app(.zh)
        let scratch = NSTemporaryDirectory() + "simguide-random-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        app.workingFolder = scratch  // exports and letters the random keys save land here
        for step in 0..<count {
            if step % 100 == 0 {
                terminal.resize(rows: Int.random(in: 8...40, using: &generator), columns: Int.random(in: 20...120, using: &generator))
            }
            let key = keys[Int.random(in: 0..<keys.count, using: &generator)]
            app.draw(on: terminal)
            _ = app.handle(key, size: terminal.size)
            let session = app.session
            #expect(Set(session.answers.keys) == Set(session.history))
            if let current = session.currentID { #expect(!session.history.contains(current)) }
            if app.mode == .question { #expect(app.focus >= 0 && app.focus < max(1, session.visibleOptions.count)) }
            // Every answer is one the question showed, given the answers before it.
            for id in session.history {
                #expect(session.optionsForChanging(id).contains { $0.value == session.answers[id] }, "step \(step): \(id)")
            }
            if step % 500 == 0 { assertNoOverflow(terminal) }
        }
    }
}

/// The in-memory terminal behaves like a real one where tests depend on it.
@Suite struct GridTerminalTests {
    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        let terminal = GridTerminal(rows: 1, columns: 10)
        terminal.draw("香港香港", row: 0, column: 0, style: .normal)
        terminal.draw("|", row: 0, column: 1, style: .normal)
        terminal.draw("x", row: 0, column: 4, style: .normal)
        #expect(terminal.snapshot() == " |港x 港\n")
    }

    @Test func aWideCharacterNeverCrossesTheRightEdge() {
        let terminal = GridTerminal(rows: 1, columns: 5)
        terminal.draw("ab香港", row: 0, column: 0, style: .normal)
        #expect(terminal.snapshot() == "ab香\n")
    }
}
