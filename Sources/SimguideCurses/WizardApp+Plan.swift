import SimguideCore
import SimguideExports

/// The plan screen: what its keys do, and what the plan offers (through `PlanActions`).
extension WizardApp {
    func handlePlan(_ key: KeyEvent, size: (rows: Int, columns: Int)) {
        let layout = planLayout(size: size)
        var view = PlanViewport(scroll: scroll, focus: focus).clamped(to: layout)
        defer { if mode == .plan { (scroll, focus) = (view.scroll, view.focus) } }
        switch key {
        case .up, .character("k"): view.lineUp(layout)
        case .down, .character("j"): view.lineDown(layout)
        case .pageUp: view.pageUp(layout)
        case .pageDown: view.pageDown(layout)
        case .home: view.top(layout)
        case .end: view.bottom(layout)
        case .wheelUp: view.wheel(down: false, layout)
        case .wheelDown: view.wheel(down: true, layout)
        case .tab, .character("]"): view.section(forward: true, layout)
        case .character("["): view.section(forward: false, layout)
        case .character(" "), .enter:
            if view.focusShown(in: layout) { toggle(planItemKeys(width: size.columns), view.focus) }
        case .click(let row, _):
            if let item = clickable[row] {
                view.focus = item  // a clicked item is on screen
                toggle(planItemKeys(width: size.columns), item)
            }
        case .backspace, .left, .escape, .character("b"):
            session.back()
            enterCurrent()
        case .character("r"): openReview()
        case .character("?"), .character("h"): showingHelp = true
        case .character("/"): searchText = ""
        case .character("n"):
            if let lastSearch { find(lastSearch, columns: size.columns, view: &view, layout: layout) }
        case .character("d"):
            guard offersReminder else {
                message = CursesStrings(language: language).reminderOnlyForRenewal
                return
            }
            settingReminder = ReminderDialog(hasRule: plan?.reminder != nil)
        case .character("w"):
            guard let plan, offersLetters else {
                message = CursesStrings(language: language).noLetters
                return
            }
            var dialog = LetterDialog(letters: plan.letters, blankOrder: session.flow.letterBlanks.map(\.id))
            if plan.letters.count == 1 { dialog.choose(0, answers: session.answers) }
            writingLetter = dialog
        case .character("c"):
            guard offersReminder, keepCard != nil else {
                message = CursesStrings(language: language).keepCardOnlyForRenewal
                return
            }
            keepingCard = KeepCardDialog(name: defaultCardName)
        case .character("p"):
            exporting = ExportDialog(canPrint: printer != nil, folder: workingFolder, home: home, today: today,
                                     rememberedPath: fields["export.path"])
        default: break
        }
    }

    /// A card's name until the user gives one: the carrier and the region, as the plan names them.
    var defaultCardName: String {
        ["carrier", "region"].compactMap { id in session.answers[id].flatMap { session.flow.question(id)?.option($0)?.label.text(language) } }
            .joined(separator: " · ")
    }

    /// What can be done with the plan as shown (ticks and deadline included): exports, letters, reminder,
    /// the text left in the scrollback. The same rules as `simguide plan` and the line wizard.
    public var planActions: PlanActions? {
        plan.map { PlanActions(plan: $0, language: language, ticked: ticks, deadline: savedDeadline, today: today) }
    }

    /// Whether the plan offers a renewal reminder (`d`).
    var offersReminder: Bool { planActions?.offersReminder ?? false }

    /// Whether the plan offers letters to fill in (`w`).
    var offersLetters: Bool { planActions?.offersLetters ?? false }

    /// The plan screen's body for a terminal size, as drawn.
    func planBody(columns: Int) -> [BodyLine] {
        PlanBody(planLines: planLines(width: columns - 4), ticks: ticks, focus: focus, width: columns - 2).lines()
    }

    /// Where the plan screen's items and sections are, for moving through it.
    func planLayout(size: (rows: Int, columns: Int)) -> PlanViewport.Layout {
        PlanViewport.Layout(body: planBody(columns: size.columns), height: size.rows - 5)
    }

    func toggle(_ items: [String], _ index: Int) {
        guard items.indices.contains(index) else { return }
        if ticks.contains(items[index]) { ticks.remove(items[index]) } else { ticks.insert(items[index]) }
    }

    /// Keys while the search line is open: the text, Enter to find it, Esc to cancel.
    func handleSearch(_ key: KeyEvent, size: (rows: Int, columns: Int)) {
        guard var text = searchText else { return }
        switch key {
        case .escape: searchText = nil
        case .backspace: if !text.isEmpty { text.removeLast() }; searchText = text
        case .enter:
            searchText = nil
            guard !text.isEmpty else { return }
            lastSearch = text
            let layout = planLayout(size: size)
            var view = PlanViewport(scroll: scroll, focus: focus).clamped(to: layout)
            find(text, columns: size.columns, view: &view, layout: layout)
            (scroll, focus) = (view.scroll, view.focus)
        case .character(let character) where !(character.asciiValue.map { $0 < 32 } ?? false):
            text.append(character)
            searchText = text
        default: break
        }
    }

    /// Scrolls to the next line after the top one that contains `text` (ignoring case), from the top
    /// again after the last line; says so when no line has it.
    private func find(_ text: String, columns: Int, view: inout PlanViewport, layout: PlanViewport.Layout) {
        let lines = planBody(columns: columns).map { $0.text.lowercased() }
        let needle = text.lowercased()
        let order = Array((view.scroll + 1)..<max(view.scroll + 1, lines.count)) + Array(0...min(view.scroll, max(0, lines.count - 1)))
        guard let found = order.first(where: { lines.indices.contains($0) && lines[$0].contains(needle) }) else {
            message = CursesStrings(language: language).notFound(text)
            return
        }
        view.show(line: found, layout)
    }
}
