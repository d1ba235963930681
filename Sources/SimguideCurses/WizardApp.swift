#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SimguideCore
import SimguideExports
import SimguideStore

/// The full-screen wizard: one session, the screen being shown, and what each key does there.
///
/// It knows nothing of ncurses: it draws on a `TerminalScreen` and reads its keys, so tests drive it on
/// a `GridTerminal` exactly as a person drives it on a real terminal.
public final class WizardApp {
    /// Which screen is shown.
    public enum Mode: Equatable, Sendable {
        case question
        case review
        /// Answering an earlier question again, from the review screen.
        case change(String)
        case plan
    }

    /// How the wizard ended.
    public enum Outcome: Equatable, Sendable {
        /// The user quit; `sawPlan` tells whether the plan had been shown.
        case quit(sawPlan: Bool)
        /// Input ended or a signal asked to stop.
        case interrupted
    }

    /// The smallest terminal the wizard draws on.
    public static let minimumSize = (rows: 12, columns: 40)

    public internal(set) var session: Session
    public private(set) var language: Language
    public private(set) var mode: Mode = .question
    /// Ticked steps and documents, by `PlanLine` tick key.
    public internal(set) var ticks: Set<String> = []
    /// What the user typed into forms (export path, letter fields, reminder date), by field id.
    public internal(set) var fields: [String: String] = [:]
    /// Saves the session after every change, when set.
    public var keeper: SessionKeeper?
    /// Adds a card to the cards the user keeps (name, answers, last top-up, expiry) and returns the name it
    /// was kept under; `nil` when nothing is saved (`--no-save`), and the plan offers no "keep this card".
    public var keepCard: ((String, [(question: String, value: String)], String?, String?) throws -> String)?
    /// The user's kept cards; the first screen lists them when there are any (`offerCards`).
    public var cards: CardBook?
    /// Saved sessions to offer once the card list is closed.
    var sessionsAfterCards: [SavedSession] = []
    /// Looks for a printer; called when the export dialog first needs one (looking `lp` up along PATH
    /// is not work for the first frame).
    public var findPrinter: () -> ((String) throws -> Void)? = { nil }
    /// Sends plain text to the printer; `nil` when there is none (no `lp`), and the dialog offers no printing.
    public lazy var printer: ((String) throws -> Void)? = findPrinter()
    /// Where exports go by default, what `~` means, and today's date for file names.
    public lazy var workingFolder = FileManager.default.currentDirectoryPath
    public var home = FilePaths.home()
    public lazy var today = FlowLinter.todayString()
    private var planCache: (key: String, plan: Plan)?
    private var linesCache: (key: String, lines: [PlanLine])?
    /// The dialog or prompt open over the screen (`WizardApp+Overlay.swift`).
    var overlay: Overlay = .none
    /// Index of the focused item in the current list (option, answer, or tickable plan item).
    public internal(set) var focus = 0
    var showingHelp = false {
        didSet { if showingHelp != oldValue { helpScroll = 0 } }
    }
    /// The first line of the help overlay shown (clamped when drawn).
    var helpScroll = 0
    var message: String?
    var scroll = 0
    /// How many lines the plan had when last drawn, to keep the same part in view after a resize.
    var planLineCount: Int?
    /// The last text searched for in the plan (`n` finds it again).
    var lastSearch: String?
    /// Where the plan was scrolled when the review was opened from it, and for which answers.
    private var planPlace: (answers: String, scroll: Int, focus: Int)?
    /// Screen rows of clickable items from the last draw: row -> item index.
    var clickable = ClickableRows()
    private var sawPlan = false

    public init(flow: Flow, language: Language) {
        session = Session(flow: flow)
        self.language = language
    }

    /// Continues a saved session: its answers are given again in order, its ticks, fields and language
    /// restored. Returns the questions whose saved answers no longer fit the flow (it changed since).
    @discardableResult
    public func restore(_ saved: SavedSession) -> [String] {
        language = language.texts.language(saved.language) ?? language
        let unused = session.replay(saved.answers.map { ($0.question, $0.value) })
        ticks = Set(saved.ticks)
        fields = saved.fields
        enterCurrent()
        if !unused.isEmpty { message = CursesStrings(language: language).contentChanged }
        return unused
    }

    /// Tells, on the first frame, that damaged session files were moved aside (the details are printed
    /// on the terminal before the full screen, and stay there after quitting).
    public func noteSetAside(_ files: [String]) {
        guard !files.isEmpty else { return }
        message = CursesStrings(language: language).setAside(files)
    }

    /// Offers, on the first frame, to continue one of these saved sessions (newest first) instead of
    /// starting afresh. Sessions with no answer are left out.
    /// Opens the list of kept cards as the first screen when there are any; the saved sessions, if any,
    /// are offered when it is closed.
    public func offerCards(thenSessions sessions: [SavedSession]) {
        guard let entries = try? cards?.entries(), !entries.isEmpty else { return offerSavedSessions(sessions) }
        sessionsAfterCards = sessions
        listingCards = CardList(entries: CardAgenda.ranked(entries))
    }

    public func offerSavedSessions(_ sessions: [SavedSession]) {
        let started = sessions.filter { !$0.answers.isEmpty }
        guard !started.isEmpty else { return }
        picking = SessionPicker(sessions: started.map { ($0, SessionSummary($0, flow: session.flow, language: language)) })
    }

    /// Draws, reads keys and reacts until the user quits or input stops.
    public func run(on terminal: TerminalScreen) -> Outcome {
        while true {
            draw(on: terminal)
            guard let key = terminal.readKey() else { return .interrupted }
            if let outcome = handle(key, size: terminal.size) { return outcome }
        }
    }

    /// The plan for the current answers, when every question is answered.
    public var plan: Plan? {
        guard session.isComplete else { return nil }
        let key = answerKey
        if let cached = planCache, cached.key == key { return cached.plan }
        let plan = PlanComposer(flow: session.flow).compose(session)
        planCache = (key, plan)
        return plan
    }

    /// The answers in order, as one string, to tell whether they changed.
    private var answerKey: String {
        session.history.map { "\($0)=\(session.answers[$0] ?? "")" }.joined(separator: "&")
    }

    /// The plan laid out as text for a width, with ticks and deadline; kept until one of them changes, so
    /// a key that only moves the focus does not lay the whole plan out again.
    func planLines(width: Int) -> [PlanLine] {
        guard let plan else { return [] }
        let deadline = savedDeadline
        let key = "\(planCache?.key ?? "")|\(language)|\(width)|\(ticks.sorted())|\(deadline.map { "\($0.expiry)" } ?? "")"
        if let cached = linesCache, cached.key == key { return cached.lines }
        let lines = PlanTextRenderer(language: language, width: max(30, width), deadline: deadline).lines(plan, ticked: ticks)
        linesCache = (key, lines)
        return lines
    }

    /// Reacts to one key; returns an outcome when the wizard should end. Any change to the answers,
    /// ticks, fields or language is saved through `keeper`.
    public func handle(_ key: KeyEvent, size: (rows: Int, columns: Int)) -> Outcome? {
        let before = savedState
        let outcome = react(key, size: size)
        if let keeper, savedState != before,
           let problem = keeper.save(session: session, ticks: ticks, language: language, fields: fields) {
            message = CursesStrings(language: language).notSaved(problem)
        }
        return outcome
    }

    /// What a saved session holds, to tell whether a key changed it.
    private var savedState: [String] {
        session.history.map { "\($0)=\(session.answers[$0] ?? "")" } + ticks.sorted() + [language.rawValue]
            + fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    }

    private func react(_ key: KeyEvent, size: (rows: Int, columns: Int)) -> Outcome? {
        if key == .resize { return nil }
        if size.rows < Self.minimumSize.rows || size.columns < Self.minimumSize.columns {
            return key == .character("q") ? .quit(sawPlan: sawPlan) : nil
        }
        if showingHelp {
            // The overlay scrolls; any other key closes it.
            switch key {
            case .up, .character("k"), .wheelUp: helpScroll -= 1
            case .down, .character("j"), .wheelDown: helpScroll += 1
            case .pageUp: helpScroll -= max(1, size.rows - 8)
            case .pageDown: helpScroll += max(1, size.rows - 8)
            default: showingHelp = false
            }
            return nil
        }
        if searchText != nil {
            handleSearch(key, size: size)
            return nil
        }
        if key == .character("?") && dialogTakesHelpKey {
            showingHelp = true
            return nil
        }
        if picking != nil { return handlePicker(key) }
        if exporting != nil {
            handleExport(key)
            return nil
        }
        if writingLetter != nil {
            handleLetter(key)
            return nil
        }
        if settingReminder != nil {
            handleReminder(key)
            return nil
        }
        if keepingCard != nil {
            handleKeepCard(key)
            return nil
        }
        if listingCards != nil { return handleCards(key) }
        if confirmingQuit {
            switch key {
            case .character("y"), .character("Y"): return .quit(sawPlan: sawPlan)
            case .character("n"), .character("N"), .escape, .backspace, .left: confirmingQuit = false
            default: break
            }
            return nil
        }
        message = nil
        switch key {
        case .character("q"):
            // Nothing is lost when there is nothing yet, or when the session is being saved.
            if session.history.isEmpty || (keeper != nil && keeper?.lastSaveFailed == false) { return .quit(sawPlan: sawPlan) }
            confirmingQuit = true
            return nil
        case .character("l"):
            language = language.next
            message = CursesStrings(language: language).switched
            return nil
        default:
            break
        }
        switch mode {
        case .question: handleQuestion(key)
        case .change(let id): handleChange(key, questionID: id)
        case .review: handleReview(key)
        case .plan: handlePlan(key, size: size)
        }
        return nil
    }

    // MARK: Keys per screen

    private func handleQuestion(_ key: KeyEvent) {
        let options = session.visibleOptions
        switch key {
        case .up, .character("k"): focus = max(0, focus - 1)
        case .down, .character("j"): focus = min(options.count - 1, focus + 1)
        case .home: focus = 0
        case .end: focus = options.count - 1
        case .enter, .right, .character(" "): choose(at: focus)
        case .click(let row, _): if let item = clickable[row] { choose(at: item) }
        case .character(let c) where c.isNumber:
            if let number = c.wholeNumberValue, (1...options.count).contains(number) { choose(at: number - 1) }
        case .backspace, .left, .escape, .character("b"):
            if session.back() { focusSuggested() } else { message = CursesStrings(language: language).atFirst }
        case .character("?"), .character("h"): showingHelp = true
        case .character("r"): openReview()
        default: break
        }
    }

    private func choose(at index: Int) {
        let options = session.visibleOptions
        guard options.indices.contains(index) else { return }
        do {
            try session.answer(options[index].value)
        } catch {
            message = CursesStrings(language: language).problem(error)
            return
        }
        enterCurrent()
    }

    private func handleChange(_ key: KeyEvent, questionID: String) {
        let options = session.optionsForChanging(questionID)
        switch key {
        case .up, .character("k"): focus = max(0, focus - 1)
        case .down, .character("j"): focus = min(options.count - 1, focus + 1)
        case .enter, .right, .character(" "): change(questionID, options, focus)
        case .click(let row, _): if let item = clickable[row] { change(questionID, options, item) }
        case .character(let c) where c.isNumber:
            if let number = c.wholeNumberValue, (1...options.count).contains(number) { change(questionID, options, number - 1) }
        case .backspace, .left, .escape, .character("r"): openReview()
        case .character("?"), .character("h"): showingHelp = true
        default: break
        }
    }

    private func change(_ questionID: String, _ options: [AnswerOption], _ index: Int) {
        guard options.indices.contains(index) else { return }
        do {
            let dropped = try session.change(questionID, to: options[index].value)
            let prompts = dropped.compactMap { session.flow.question($0)?.prompt.text(language) }
            enterCurrent()
            if !prompts.isEmpty { message = CursesStrings(language: language).dropped(prompts) }
        } catch {
            message = CursesStrings(language: language).problem(error)
        }
    }

    private func handleReview(_ key: KeyEvent) {
        let count = session.review.count
        switch key {
        case .up, .character("k"): focus = max(0, focus - 1)
        case .down, .character("j"): focus = min(max(0, count - 1), focus + 1)
        case .enter, .right: startChange(at: focus)
        case .click(let row, _): if let item = clickable[row] { startChange(at: item) }
        case .backspace, .left, .escape, .character("r"): enterCurrent()
        case .character("?"), .character("h"): showingHelp = true
        default: break
        }
    }

    private func startChange(at index: Int) {
        let review = session.review
        guard review.indices.contains(index) else { return }
        let question = review[index].question
        mode = .change(question.id)
        focus = session.optionsForChanging(question.id).firstIndex { $0.value == review[index].option.value } ?? 0
    }

    // MARK: Moving between screens

    func enterCurrent() {
        if session.isComplete {
            mode = .plan
            sawPlan = true
            // Back from the review with the same answers: the plan is where the user left it.
            if let place = planPlace, place.answers == answerKey {
                (scroll, focus) = (place.scroll, place.focus)
            } else {
                (scroll, focus) = (0, 0)
            }
        } else {
            mode = .question
            focusSuggested()
        }
    }

    private func focusSuggested() {
        focus = session.suggestedValue.flatMap { value in session.visibleOptions.firstIndex { $0.value == value } } ?? 0
    }

    func openReview() {
        guard !session.history.isEmpty else { return }
        if mode == .plan { planPlace = (answerKey, scroll, focus) }
        mode = .review
        focus = 0
    }

    /// Tick keys of the plan's items in screen order.
    func planItemKeys(width: Int) -> [String] {
        planLines(width: width - 4).compactMap(\.tickKey)
    }
}
