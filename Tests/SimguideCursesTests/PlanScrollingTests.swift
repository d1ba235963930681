import Foundation
import Testing
import SimguideCore
@testable import SimguideCurses

/// The plan screen scrolls by screen line: every line of the plan can be shown with arrows, pages,
/// Home/End, the wheel and section jumps, and the focus only goes to items on screen.
@Suite struct PlanScrollingTests {
    let wizard = WizardAppTests()

    private func digits(_ text: String) -> [KeyEvent] { text.map { KeyEvent.character($0) } }

    private func planApp(_ language: Language, _ answers: String, _ terminal: GridTerminal) throws -> WizardApp {
        let app = try wizard.app(language)
        wizard.press(digits(answers), app, terminal)
        #expect(app.mode == .plan, "answers \(answers) do not reach the plan")
        return app
    }

    /// The body lines shown now, as `scroll` says, checked against the screen.
    private func shownLines(_ app: WizardApp, _ terminal: GridTerminal) -> Range<Int> {
        let height = terminal.size.rows - 5
        let count = app.planBody(columns: terminal.size.columns).count
        return app.scroll..<min(count, app.scroll + height)
    }

    /// Presses `key` until the screen stops changing, and returns the lines seen on the way.
    private func pressUntilStill(_ key: KeyEvent, _ app: WizardApp, _ terminal: GridTerminal) -> Set<Int> {
        var seen = Set(shownLines(app, terminal))
        var last = ""
        for _ in 0..<2_000 {  // a bound, not a target: the longest plan is over 500 lines at 40x12
            wizard.press([key], app, terminal)
            seen.formUnion(shownLines(app, terminal))
            if terminal.snapshot() == last { break }
            last = terminal.snapshot()
        }
        return seen
    }

    /// Whether the end of the last source's address is on screen at the bottom of the plan, or a few lines
    /// up where the plan's closing lines (disclaimer, how to report an error, version) fill a small screen.
    /// An address too long for the width is broken over lines, not cut; `pagesOverlapAndNeverSkipALine`
    /// shows that every line can be reached.
    private func showsLastSourceURL(_ app: WizardApp, _ terminal: GridTerminal) throws -> Bool {
        let url = String(try #require(app.plan?.sources.last?.url).suffix(24))
        func shown() -> Bool {
            terminal.snapshot().split(separator: "\n").map { line in
                line.trimmingCharacters(in: CharacterSet(charactersIn: " ↑↓"))
            }.joined().contains(url)
        }
        for _ in 0..<8 {
            if shown() { return true }
            wizard.press([.up], app, terminal)
        }
        return shown()
    }

    private func lastSourceNumber(_ app: WizardApp) throws -> String {
        "[\(try #require(app.plan).sources.count)]"
    }

    @Test func endShowsTheLastSource() throws {
        for (language, answers, rows, columns) in [(Language.zh, "11411", 24, 80), (.en, "22111", 40, 120), (.zh, "11411", 12, 40)] {
            let terminal = GridTerminal(rows: rows, columns: columns)
            let app = try planApp(language, answers, terminal)
            wizard.press([.end], app, terminal)
            #expect(try showsLastSourceURL(app, terminal), "\(language) \(answers) \(columns)x\(rows)")
            if columns >= 80 { #expect(terminal.snapshot().contains(try lastSourceNumber(app))) }
        }
    }

    @Test func homeAndPageUpShowTheSituationAndTheDeadline() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try planApp(.en, "22111", terminal)  // renew, Hong Kong, csl, number-keeping card, abroad
        app.workingFolder = NSTemporaryDirectory()
        wizard.press([.character("d")] + digits("2026-10-03") + [.enter, .escape, .end, .home], app, terminal)
        #expect(terminal.snapshot().contains("Your situation"))
        #expect(terminal.snapshot().contains("Renewal deadline"))
        wizard.press([.end], app, terminal)
        let seen = pressUntilStill(.pageUp, app, terminal)
        #expect(seen.contains(0))
        #expect(terminal.snapshot().contains("Your situation"))
    }

    @Test func pagesOverlapAndNeverSkipALine() throws {
        for (language, answers, rows, columns) in [(Language.en, "111412", 24, 80), (.zh, "11411", 24, 80), (.zh, "11411", 12, 40),
                                                     (.en, "22111", 12, 40)] {
            let terminal = GridTerminal(rows: rows, columns: columns)
            let app = try planApp(language, answers, terminal)
            let count = app.planBody(columns: columns).count
            wizard.press([.home], app, terminal)
            var previous = shownLines(app, terminal)
            var seen = Set(previous)
            while previous.upperBound < count {
                wizard.press([.pageDown], app, terminal)
                let now = shownLines(app, terminal)
                #expect(now.lowerBound > previous.lowerBound, "PgDn did not move")
                #expect(now.lowerBound <= previous.upperBound - PlanViewport.pageOverlap, "PgDn skipped lines")
                seen.formUnion(now)
                previous = now
            }
            #expect(seen == Set(0..<count), "\(language) \(answers) \(columns)x\(rows)")
        }
    }

    @Test func orangeContractPageDownShowsStepTwo() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try planApp(.en, "111412", terminal)
        wizard.press([.home], app, terminal)
        var screens = terminal.snapshot()
        for _ in 0..<3 {
            wizard.press([.pageDown], app, terminal)
            screens += terminal.snapshot()
        }
        for step in 1...5 { #expect(screens.contains("] \(step). "), "step \(step) never shown") }
    }

    @Test func arrowsAloneReachEveryLineBothWays() throws {
        for (language, answers, rows, columns) in [(Language.zh, "11411", 12, 40), (.en, "22111", 24, 80)] {
            let terminal = GridTerminal(rows: rows, columns: columns)
            let app = try planApp(language, answers, terminal)
            let count = app.planBody(columns: columns).count
            #expect(pressUntilStill(.down, app, terminal) == Set(0..<count))
            #expect(try showsLastSourceURL(app, terminal))
            #expect(pressUntilStill(.down, app, terminal).isSubset(of: Set(0..<count)))
            #expect(pressUntilStill(.up, app, terminal) == Set(0..<count))
            #expect(app.scroll == 0)
        }
    }

    @Test func theWheelScrollsAndTheFocusStaysOnScreen() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try planApp(.zh, "11411", terminal)
        let count = app.planBody(columns: 80).count
        #expect(pressUntilStill(.wheelDown, app, terminal) == Set(0..<count))
        #expect(app.scroll == count - 19)
        #expect(terminal.rows(styled: .focus).isEmpty, "the sources at the bottom have nothing to tick")
        #expect(pressUntilStill(.wheelUp, app, terminal).contains(0))
        let focusRow = try #require(terminal.rows(styled: .focus).first)
        #expect(terminal.cursor.row == focusRow)
    }

    @Test func spaceTicksOnlyAnItemOnScreen() throws {
        let terminal = GridTerminal(rows: 12, columns: 40)
        let app = try planApp(.zh, "11411", terminal)
        wizard.press([.home], app, terminal)
        #expect(terminal.rows(styled: .focus).isEmpty, "no item fits under the situation at 40x12")
        wizard.press([.character(" ")], app, terminal)
        #expect(app.ticks.isEmpty)
        // Down the plan until an item is on screen (how far depends on how long the situation is).
        for _ in 0..<4 where terminal.rows(styled: .focus).isEmpty { wizard.press([.pageDown], app, terminal) }
        wizard.press([.character(" ")], app, terminal)
        #expect(app.ticks.count == 1)
        #expect(terminal.snapshot().contains("[x]"))
    }

    @Test func sectionJumpsLandOnHeadings() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try planApp(.en, "111412", terminal)
        wizard.press([.home, .character("]")], app, terminal)
        let afterFirst = terminal.snapshot().split(separator: "\n", omittingEmptySubsequences: false)[3]
        #expect(!afterFirst.contains("Your situation") && afterFirst.trimmingCharacters(in: .whitespaces) != "")
        var headings: [String] = [String(afterFirst)]
        for _ in 0..<12 {
            wizard.press([.tab], app, terminal)
            headings.append(String(terminal.snapshot().split(separator: "\n", omittingEmptySubsequences: false)[3]))
        }
        #expect(headings.contains { $0.contains("Act") })
        wizard.press([.character("[")], app, terminal)
        wizard.press([.character("["), .character("["), .character("["), .character("["), .character("["),
                      .character("["), .character("["), .character("[")], app, terminal)
        #expect(app.scroll == 0)
    }

    @Test func reviewThenEscapeReturnsToTheSamePlace() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try planApp(.en, "111412", terminal)
        wizard.press([.pageDown, .pageDown, .down], app, terminal)
        let before = (terminal.snapshot(), app.scroll, app.focus)
        wizard.press([.character("r"), .enter, .escape, .escape], app, terminal)  // review, change screen, back, back
        #expect(app.mode == .plan)
        #expect(app.scroll == before.1 && app.focus == before.2)
        #expect(terminal.snapshot() == before.0)
    }

    @Test func longAddressesAreBrokenNotCut() throws {
        let terminal = GridTerminal(rows: 12, columns: 40)
        let app = try planApp(.zh, "11411", terminal)
        let body = app.planBody(columns: 40)
        #expect(body.allSatisfy { DisplayWidth.of($0.text) <= 38 })
        let joined = body.map { $0.text.trimmingCharacters(in: .whitespaces) }.joined()
        for source in try #require(app.plan).sources { #expect(joined.contains(source.url), "\(source.url)") }
    }

    @Test func aResizeKeepsTheSamePartOfThePlanInView() throws {
        let terminal = GridTerminal(rows: 24, columns: 80)
        let app = try planApp(.zh, "11411", terminal)
        wizard.press([.end], app, terminal)
        #expect(terminal.snapshot().contains("内容版本"))
        terminal.resize(rows: 12, columns: 40)
        wizard.press([.resize], app, terminal)
        let narrow = terminal.snapshot()
        #expect(!narrow.contains("你的情况"), "a resize at the end of the plan went back to the top: \(narrow)")
        #expect(narrow.contains("核对于"), "the sources are no longer in view: \(narrow)")
    }

    @Test func slashFindsTextInThePlan() throws {
        let terminal = GridTerminal(rows: 12, columns: 40)
        let app = try planApp(.en, "11411", terminal)
        wizard.press([.character("/")] + digits("SORBA"), app, terminal)
        #expect(terminal.snapshot().contains("/SORBA"))
        #expect(app.ticks.isEmpty && app.language == .en, "typed letters go to the search, not to the keys")
        wizard.press([.enter], app, terminal)
        #expect(terminal.snapshot().contains("Sorba Avocat"), "\(terminal.snapshot())")
        wizard.press([.home, .character("n")], app, terminal)
        #expect(terminal.snapshot().contains("Sorba Avocat"), "n finds it again")
        wizard.press([.character("/")] + digits("no such words") + [.enter], app, terminal)
        #expect(terminal.snapshot().contains("Not in the plan: no such words"))
        wizard.press([.character("/"), .character("x"), .escape], app, terminal)
        #expect(app.searchText == nil && app.mode == .plan)
    }
}
