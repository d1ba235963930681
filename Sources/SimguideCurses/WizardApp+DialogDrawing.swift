import SimguideCore
import SimguideExports

/// How the overlays and dialogs are drawn: each is a `DialogBox`, whose body scrolls with the focus and
/// whose messages stay in view at any size down to 40x12.
extension WizardApp {
    /// The keys of the screen shown now, for its footer and the `?` overlay.
    var keyGuide: [KeyGuide.Entry] {
        let guide = KeyGuide(language: language)
        if picking != nil { return guide.picker() }
        if confirmingQuit { return guide.quit() }
        if let exporting { return guide.export(canPrint: exporting.choices.contains(.printer)) }
        if let writingLetter { return writingLetter.letter == nil ? guide.letterList() : guide.letterForm() }
        if settingReminder != nil { return guide.reminder() }
        if keepingCard != nil { return guide.keepCard() }
        if let listingCards { return listingCards.typingExpiry != nil ? guide.cardExpiry() : guide.cards() }
        switch mode {
        case .question: return guide.question(changing: false, canReview: !session.history.isEmpty)
        case .change: return guide.question(changing: true, canReview: true)
        case .review: return guide.review()
        case .plan: return guide.plan(letters: offersLetters, reminder: offersReminder, keepCard: offersReminder && keepCard != nil)
        }
    }

    /// Whether a dialog or overlay is over the screen (it then has the cursor).
    var overlayOpen: Bool {
        if showingHelp { return true }
        switch overlay {
        case .none, .search: return false
        case .quit, .export, .letter, .reminder, .picker, .keepCard, .cards: return true
        }
    }

    /// Whether `?` opens the keys overlay over the open dialog (it is typed into fields otherwise).
    var dialogTakesHelpKey: Bool {
        picking != nil || settingReminder != nil || (exporting.map { !$0.editingPath } ?? false)
            || (listingCards.map { $0.typingExpiry == nil } ?? false)
            || (writingLetter.map { $0.letter == nil } ?? false)
    }

    func drawOverlays(on terminal: TerminalScreen, strings: CursesStrings) {
        if let picking { drawPicker(picking, on: terminal, strings: strings) }
        if confirmingQuit { drawQuit(on: terminal, strings: strings) }
        if let exporting { drawExport(exporting, on: terminal, strings: strings) }
        if let writingLetter { drawLetter(writingLetter, on: terminal, strings: strings) }
        if let settingReminder { drawReminder(settingReminder, on: terminal, strings: strings) }
        if let keepingCard { drawKeepCard(keepingCard, on: terminal, strings: strings) }
        if let listingCards { drawCards(listingCards, on: terminal, strings: strings) }
        if showingHelp { drawHelp(on: terminal, strings: strings) }
    }

    /// A letter blank's label, as the flow declares it.
    private func blankLabel(_ id: String) -> String { session.flow.letterBlank(id)?.label.text(language) ?? id }

    private var dialogFooter: String { KeyGuide.dialogFooter(keyGuide) }

    private func wrapped(_ text: String, _ style: TextStyle, width: Int) -> [(text: String, style: TextStyle)] {
        TextLayout.wrap(text, width: width).map { ($0, style) }
    }

    private func drawHelp(on terminal: TerminalScreen, strings: CursesStrings) {
        let inner = DialogBox.inner(columns: terminal.size.columns)
        var body: [(text: String, style: TextStyle)] = []
        // Over a dialog the overlay lists the dialog's keys; over a question, its help comes first.
        let dialogOpen = picking != nil || exporting != nil || writingLetter != nil || settingReminder != nil || keepingCard != nil
            || listingCards != nil
        let question: Question?
        switch mode {
        case .question where !dialogOpen: question = session.current
        case .change(let id) where !dialogOpen: question = session.flow.question(id)
        default: question = nil
        }
        if let question {
            let options = mode == .question ? session.visibleOptions : session.optionsForChanging(question.id)
            var paragraphs = question.help(session.answers).map { [$0.text(language)] } ?? []
            paragraphs += options.compactMap { option in option.detail.map { "\(option.label.text(language)): \($0.text(language))" } }
            if paragraphs.isEmpty { paragraphs = [strings.noHelp] }
            body += paragraphs.flatMap { wrapped($0, .normal, width: inner) + [("", .normal)] }
        }
        body.append((strings.keysHeading, .title))
        body += KeyGuide.overlayLines(keyGuide, width: inner).map { ($0, TextStyle.normal) }
        let placement = DialogBox(title: strings.helpTitle, body: body, scroll: helpScroll, footer: strings.helpKeys).draw(on: terminal)
        helpScroll = placement.first
    }

    private func drawQuit(on terminal: TerminalScreen, strings: CursesStrings) {
        let inner = DialogBox.inner(columns: terminal.size.columns)
        let question = keeper?.lastSaveFailed == true ? strings.quitUnsavedQuestion : strings.quitQuestion
        DialogBox(title: "", body: wrapped(question, .normal, width: inner), footer: dialogFooter).draw(on: terminal)
    }

    private func drawExport(_ dialog: ExportDialog, on terminal: TerminalScreen, strings: CursesStrings) {
        let inner = DialogBox.inner(columns: terminal.size.columns)
        var body: [(text: String, style: TextStyle)] = dialog.choices.enumerated().map { index, choice in
            let name: String
            switch choice {
            case .file(let format): name = format.title(language)
            case .printer: name = strings.printChoice
            }
            let marker = index == dialog.selected ? "›" : " "
            return (TextLayout.truncate("\(marker) \(index + 1). \(name)", width: inner),
                    index == dialog.selected && !dialog.editingPath ? .focus : .normal)
        }
        body.append(("", .normal))
        let label = strings.pathLabel
        let room = max(4, inner - DisplayWidth.of(label) - 1)
        let pathText = DisplayWidth.of(dialog.path) > room ? "…" + TextLayout.tail(dialog.path, width: room - 1) : dialog.path
        let pathLine = body.count
        if dialog.format != nil { body.append((label + pathText, dialog.editingPath ? .focus : .normal)) }
        let typing = dialog.editingPath && dialog.format != nil
        drawForm(strings.exportTitle, body: body, focusLine: dialog.editingPath ? pathLine : dialog.selected,
                 cursorColumn: typing ? DisplayWidth.of(label + pathText) : nil, result: dialog.result, on: terminal)
    }

    private func drawLetter(_ dialog: LetterDialog, on terminal: TerminalScreen, strings: CursesStrings) {
        let inner = DialogBox.inner(columns: terminal.size.columns)
        guard let letter = dialog.letter else {
            let body: [(text: String, style: TextStyle)] = dialog.letters.enumerated().map { index, letter in
                let marker = index == dialog.selected ? "›" : " "
                return (TextLayout.truncate("\(marker) \(index + 1). \(letter.title.text(language))", width: inner),
                        index == dialog.selected ? .focus : .normal)
            }
            DialogBox(title: strings.letterTitle, body: body, focusLine: dialog.selected, footer: dialogFooter).draw(on: terminal)
            return
        }
        var body = wrapped(letter.title.text(language), .title, width: inner) + wrapped(strings.letterNote, .dim, width: inner)
        body.append(("", .normal))
        // "› " marks the field that takes the typing (never shown by colour alone).
        let labelWidth = min(inner / 2 - 2, dialog.fields.map { DisplayWidth.of(blankLabel($0)) }.max() ?? 0)
        var focusLine = body.count, cursorColumn = 0
        for (index, field) in dialog.fields.enumerated() {
            let marker = index == dialog.focus ? "› " : "  "
            let label = marker + TextLayout.pad(blankLabel(field), width: labelWidth)
            let value = fields["letter." + field] ?? defaultValue(field)
            let room = max(4, inner - labelWidth - 4)
            let shown = DisplayWidth.of(value) >= room ? "…" + TextLayout.tail(value, width: room - 2) : value
            if index == dialog.focus { focusLine = body.count; cursorColumn = labelWidth + 4 + DisplayWidth.of(shown) }
            body.append((label + "  " + shown, index == dialog.focus ? .focus : .normal))
        }
        drawForm(strings.letterTitle, body: body, focusLine: focusLine, cursorColumn: cursorColumn, result: dialog.result, on: terminal)
    }

    private func drawReminder(_ dialog: ReminderDialog, on terminal: TerminalScreen, strings: CursesStrings) {
        let inner = DialogBox.inner(columns: terminal.size.columns)
        var body: [(text: String, style: TextStyle)]
        if let rule = plan?.reminder {
            body = wrapped(strings.reminderRule(rule.basis.text(language), strings.confidence(rule.confidence)), .dim, width: inner)
        } else {
            body = wrapped(strings.reminderNoRule, .dim, width: inner)
        }
        body.append(("", .normal))
        var focusLine = body.count, cursorColumn = 0
        for (index, kind) in dialog.kinds.enumerated() {
            let label = kind == .lastTopUp ? strings.lastTopUpLabel : strings.expiryLabel
            let value = fields[kind.rawValue] ?? ""
            let line = "\(index == dialog.selected ? "›" : " ") \(label)  \(value.isEmpty && index != dialog.selected ? "YYYY-MM-DD" : value)"
            if index == dialog.selected { focusLine = body.count; cursorColumn = DisplayWidth.of(line) }
            body.append((TextLayout.truncate(line, width: inner), index == dialog.selected ? .focus : .normal))
        }
        drawForm(strings.reminderTitle, body: body, focusLine: focusLine, cursorColumn: cursorColumn, result: dialog.result, on: terminal)
    }

    private func drawPicker(_ picker: SessionPicker, on terminal: TerminalScreen, strings: CursesStrings) {
        let inner = DialogBox.inner(columns: terminal.size.columns)
        func marker(_ index: Int) -> String { index == picker.selected ? "›" : " " }
        func style(_ index: Int) -> TextStyle { index == picker.selected ? .focus : .normal }
        var body: [(text: String, style: TextStyle)] = [(TextLayout.truncate("\(marker(0)) 1. \(strings.startAfresh)", width: inner), style(0))]
        var focusLine = 0
        for (offset, entry) in picker.sessions.enumerated() {
            let index = offset + 1
            if index == picker.selected { focusLine = body.count }
            let head = "\(marker(index)) \(index + 1). \(entry.summary.updated)"
            // When, how far and what: on two lines, or three when the screen is narrow.
            let lines = DisplayWidth.of(head + "  " + entry.summary.progress) <= inner
                ? [head + "  " + entry.summary.progress] : [head, "     " + entry.summary.progress]
            body += (lines + ["     " + entry.summary.answers]).map { (TextLayout.truncate($0, width: inner), style(index)) }
        }
        let selectedEnd = picker.selected > 0 ? body.indices.last { body[$0].style == .focus } ?? focusLine : focusLine
        let pinned = picker.note.map { wrapped($0, .warning, width: inner) } ?? []
        let placement = DialogBox(title: strings.pickerTitle, body: body, focusLine: selectedEnd, pinned: pinned,
                                  footer: dialogFooter).draw(on: terminal)
        if let row = placement.row(ofBodyLine: focusLine) { terminal.placeCursor(row: row, column: placement.column) }
    }

    private func drawKeepCard(_ dialog: KeepCardDialog, on terminal: TerminalScreen, strings: CursesStrings) {
        let inner = DialogBox.inner(columns: terminal.size.columns)
        var body = wrapped(strings.keepCardNote, .dim, width: inner)
        body.append(("", .normal))
        let label = strings.cardNameLabel
        let room = max(4, inner - DisplayWidth.of(label) - 1)
        let shown = DisplayWidth.of(dialog.name) >= room ? "…" + TextLayout.tail(dialog.name, width: room - 1) : dialog.name
        let nameLine = body.count
        body.append((label + shown, dialog.kept ? .normal : .focus))
        drawForm(strings.keepCardTitle, body: body, focusLine: nameLine, cursorColumn: DisplayWidth.of(label + shown),
                 result: dialog.result, on: terminal)
    }

    /// A form dialog: its body, the outcome of the last action pinned below it, and the terminal cursor at
    /// `cursorColumn` of the focused line, where typing goes (none when nothing takes typing).
    private func drawForm(_ title: String, body: [(text: String, style: TextStyle)], focusLine: Int, cursorColumn: Int?,
                          result: (text: String, failed: Bool)?, on terminal: TerminalScreen) {
        let inner = DialogBox.inner(columns: terminal.size.columns)
        let pinned = result.map { wrapped($0.text, $0.failed ? .warning : .normal, width: inner) } ?? []
        let placement = DialogBox(title: title, body: body, focusLine: focusLine, pinned: pinned, footer: dialogFooter).draw(on: terminal)
        if let cursorColumn, let row = placement.row(ofBodyLine: focusLine) {
            terminal.placeCursor(row: row, column: min(placement.column + cursorColumn, terminal.size.columns - 1))
        }
    }

    private func drawCards(_ list: CardList, on terminal: TerminalScreen, strings: CursesStrings) {
        let inner = DialogBox.inner(columns: terminal.size.columns)
        let agenda = CardAgenda(language: language)
        var body: [(text: String, style: TextStyle)] = []
        var focusLine = 0
        for (index, entry) in list.entries.enumerated() {
            let focused = index == list.selected
            if focused { focusLine = body.count }
            let style: TextStyle = focused ? .focus : entry.status.urgency == .overdue ? .warning : .normal
            body += TextLayout.wrap(agenda.headline(entry), width: inner, prefix: focused ? "› " : "  ").map { ($0, style) }
            body += TextLayout.wrap(entry.situation, width: inner, prefix: "    ").map { ($0, TextStyle.dim) }
        }
        var pinned: [(text: String, style: TextStyle)] = []
        if let focused = list.focused {
            pinned += agenda.notes(focused).flatMap { wrapped($0, .dim, width: inner) }
        }
        if let typed = list.typingExpiry {
            pinned += wrapped(strings.cardExpiryPrompt + typed, .focus, width: inner)
        } else if list.confirmingRemove, let focused = list.focused {
            pinned += wrapped(strings.removeCardQuestion(focused.name), .warning, width: inner)
        }
        if let result = list.result { pinned += wrapped(result.text, result.failed ? .warning : .normal, width: inner) }
        let placement = DialogBox(title: strings.cardsTitle, body: body, focusLine: focusLine, pinned: pinned,
                                  footer: dialogFooter).draw(on: terminal)
        if let row = placement.row(ofBodyLine: focusLine) { terminal.placeCursor(row: row, column: placement.column) }
    }
}
