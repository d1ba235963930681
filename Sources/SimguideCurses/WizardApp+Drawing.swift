import SimguideCore

extension WizardApp {
    /// Draws the current screen, and any dialog over it, to fit the terminal's size.
    public func draw(on terminal: TerminalScreen) {
        terminal.clear()
        clickable = [:]
        let (rows, columns) = terminal.size
        let strings = CursesStrings(language: language)
        if rows < Self.minimumSize.rows || columns < Self.minimumSize.columns {
            drawTooSmall(on: terminal, strings: strings)
            terminal.refresh()
            return
        }
        let narrow = columns < 60
        let width = columns - 2
        let title: String
        let body: [BodyLine]
        let keys: String
        switch mode {
        case .question:
            guard let question = session.current else { return }
            title = session.flow.title.text(language)
            body = QuestionBody(question: question, options: session.visibleOptions, focus: focus, language: language, width: width).lines()
            keys = strings.questionKeys(narrow: narrow)
        case .change(let id):
            guard let question = session.flow.question(id) else { return }
            title = strings.changeTitle(question.prompt.text(language))
            body = QuestionBody(question: question, options: session.optionsForChanging(id), focus: focus, language: language, width: width).lines()
            keys = strings.questionKeys(narrow: narrow)
        case .review:
            title = strings.reviewTitle
            body = ReviewBody(review: session.review, focus: focus, language: language, width: width).lines()
            keys = strings.reviewKeys(narrow: narrow)
        case .plan:
            guard let plan else { return }
            title = strings.planTitle
            body = planBody(columns: columns)
            keys = strings.planKeys(narrow: narrow, renewal: plan.reminder != nil || session.answers.values.contains("renew"))
        }
        drawHeader(on: terminal, title: title, strings: strings)
        let top = 3, height = rows - 5
        let first: Int
        if mode == .plan {
            first = PlanViewport(scroll: scroll, focus: focus).clamped(to: PlanViewport.Layout(body: body, height: height)).scroll
            scroll = first
        } else {
            first = body.scrollKeepingVisible(focus: focus, height: height, from: 0)
        }
        var cursor = (row: top, column: 0)
        for (offset, line) in body.dropFirst(first).prefix(height).enumerated() {
            let row = top + offset
            terminal.draw(" " + TextLayout.truncate(line.text, width: width), row: row, column: 0, style: line.style)
            if let item = line.item {
                clickable[row] = item
                if item == focus && line.startsItem { cursor = (row, 1) }
            }
        }
        if first > 0 { terminal.draw("↑", row: top, column: columns - 1, style: .dim) }
        if first + height < body.count { terminal.draw("↓", row: top + height - 1, column: columns - 1, style: .dim) }
        if let message { terminal.draw(" " + TextLayout.truncate(message, width: width), row: rows - 2, column: 0, style: .warning) }
        terminal.draw(" " + TextLayout.truncate(keys, width: width), row: rows - 1, column: 0, style: .dim)
        if showingHelp { drawHelp(on: terminal, strings: strings) }
        if confirmingQuit { drawQuit(on: terminal, strings: strings) }
        if let exporting { drawExport(exporting, on: terminal, strings: strings) }
        if let writingLetter { drawLetter(writingLetter, on: terminal, strings: strings) }
        if let settingReminder { drawReminder(settingReminder, on: terminal, strings: strings) }
        if !showingHelp && !confirmingQuit && exporting == nil && writingLetter == nil && settingReminder == nil { terminal.placeCursor(row: cursor.row, column: cursor.column) }
        terminal.refresh()
    }

    private func drawHeader(on terminal: TerminalScreen, title: String, strings: CursesStrings) {
        let columns = terminal.size.columns
        let progress: String
        if mode == .question {
            let (step, atMost) = session.progress
            progress = strings.progress(step, atMost)
        } else {
            progress = ""
        }
        let progressWidth = DisplayWidth.of(progress)
        terminal.draw(" " + TextLayout.truncate(title, width: columns - progressWidth - 4), row: 0, column: 0, style: .title)
        if !progress.isEmpty { terminal.draw(progress, row: 0, column: columns - progressWidth - 1, style: .dim) }
        let crumbs = session.review.map { $0.option.label.text(language) }.joined(separator: " › ")
        terminal.draw(" " + TextLayout.truncate(crumbs, width: columns - 2), row: 1, column: 0, style: .dim)
        terminal.draw(String(repeating: terminal.drawsLines ? "─" : "-", count: columns), row: 2, column: 0, style: .dim)
    }

    private func drawTooSmall(on terminal: TerminalScreen, strings: CursesStrings) {
        let (rows, columns) = terminal.size
        let lines = TextLayout.wrap(strings.tooSmall(rows, columns), width: max(1, columns - 2)) + [strings.tooSmallKeys]
        let top = max(0, (rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            terminal.draw(" " + line, row: top + offset, column: 0, style: offset == lines.count - 1 ? .dim : .warning)
        }
        terminal.placeCursor(row: min(rows - 1, top), column: 1)
    }

    private func drawHelp(on terminal: TerminalScreen, strings: CursesStrings) {
        var text: [String] = []
        if case .question = mode, let question = session.current {
            if let help = question.help { text.append(help.text(language)) }
            for option in session.visibleOptions {
                if let detail = option.detail { text.append("\(option.label.text(language)): \(detail.text(language))") }
            }
        }
        if text.isEmpty { text = [strings.noHelp] }
        drawBox(on: terminal, title: strings.helpTitle, paragraphs: text, footer: strings.closeHelp)
    }

    private func drawQuit(on terminal: TerminalScreen, strings: CursesStrings) {
        drawBox(on: terminal, title: "", paragraphs: [strings.quitQuestion], footer: strings.quitKeys)
    }

    private func drawExport(_ dialog: ExportDialog, on terminal: TerminalScreen, strings: CursesStrings) {
        let inner = Self.boxInner(columns: terminal.size.columns)
        var lines: [(String, TextStyle)] = dialog.choices.enumerated().map { index, choice in
            let name: String
            switch choice {
            case .file(let format): name = format.title(language)
            case .printer: name = strings.printChoice
            }
            let marker = index == dialog.selected ? "›" : " "
            return (TextLayout.truncate("\(marker) \(index + 1). \(name)", width: inner),
                    index == dialog.selected && !dialog.editingPath ? .focus : .normal)
        }
        lines.append(("", .normal))
        let label = strings.pathLabel
        let room = max(4, inner - DisplayWidth.of(label) - 1)
        let pathText = DisplayWidth.of(dialog.path) > room ? "…" + TextLayout.tail(dialog.path, width: room - 1) : dialog.path
        let pathLine = lines.count
        if dialog.format != nil { lines.append((label + pathText, dialog.editingPath ? .focus : .normal)) }
        if let result = dialog.result {
            lines.append(("", .normal))
            lines += TextLayout.wrap(result.text, width: inner).map { ($0, result.failed ? .warning : .normal) }
        }
        let origin = drawBox(on: terminal, title: strings.exportTitle, lines: lines, footer: strings.exportKeys)
        if dialog.editingPath, dialog.format != nil {
            terminal.placeCursor(row: origin.row + pathLine, column: min(origin.column + DisplayWidth.of(label + pathText), terminal.size.columns - 1))
        }
    }

    private func drawLetter(_ dialog: LetterDialog, on terminal: TerminalScreen, strings: CursesStrings) {
        let inner = Self.boxInner(columns: terminal.size.columns)
        var lines: [(String, TextStyle)] = []
        guard let letter = dialog.letter else {
            for (index, letter) in dialog.letters.enumerated() {
                let marker = index == dialog.selected ? "›" : " "
                lines.append((TextLayout.truncate("\(marker) \(index + 1). \(letter.title.text(language))", width: inner),
                              index == dialog.selected ? .focus : .normal))
            }
            drawBox(on: terminal, title: strings.letterTitle, lines: lines, footer: strings.letterListKeys)
            return
        }
        lines += TextLayout.wrap(letter.title.text(language), width: inner).map { ($0, TextStyle.title) }
        lines += TextLayout.wrap(strings.letterNote, width: inner).map { ($0, TextStyle.dim) }
        lines.append(("", .normal))
        let labelWidth = min(inner / 2, dialog.fields.map { DisplayWidth.of(strings.fieldLabel($0)) }.max() ?? 0)
        var cursorRow = 0, cursorColumn = 0
        for (index, field) in dialog.fields.enumerated() {
            let label = TextLayout.pad(strings.fieldLabel(field), width: labelWidth)
            let value = fields["letter." + field] ?? defaultValue(field)
            let room = max(4, inner - labelWidth - 2)
            let shown = DisplayWidth.of(value) >= room ? "…" + TextLayout.tail(value, width: room - 2) : value
            if index == dialog.focus { cursorRow = lines.count; cursorColumn = labelWidth + 2 + DisplayWidth.of(shown) }
            lines.append((label + "  " + shown, index == dialog.focus ? .focus : .normal))
        }
        if let result = dialog.result {
            lines.append(("", .normal))
            lines += TextLayout.wrap(result.text, width: inner).map { ($0, result.failed ? .warning : .normal) }
        }
        let origin = drawBox(on: terminal, title: strings.letterTitle, lines: lines, footer: strings.letterFormKeys)
        terminal.placeCursor(row: origin.row + cursorRow, column: min(origin.column + cursorColumn, terminal.size.columns - 1))
    }

    private func drawReminder(_ dialog: ReminderDialog, on terminal: TerminalScreen, strings: CursesStrings) {
        let inner = Self.boxInner(columns: terminal.size.columns)
        var lines: [(String, TextStyle)] = []
        if let rule = plan?.reminder {
            lines += TextLayout.wrap(strings.reminderRule(rule.basis.text(language), strings.confidence(rule.confidence)),
                                     width: inner).map { ($0, TextStyle.dim) }
        } else {
            lines += TextLayout.wrap(strings.reminderNoRule, width: inner).map { ($0, TextStyle.dim) }
        }
        lines.append(("", .normal))
        var cursor = (row: 0, column: 0)
        for (index, kind) in dialog.kinds.enumerated() {
            let label = kind == .lastTopUp ? strings.lastTopUpLabel : strings.expiryLabel
            let value = fields[kind.rawValue] ?? ""
            let line = "\(index == dialog.selected ? "›" : " ") \(label)  \(value.isEmpty && index != dialog.selected ? "YYYY-MM-DD" : value)"
            if index == dialog.selected { cursor = (lines.count, DisplayWidth.of(line)) }
            lines.append((TextLayout.truncate(line, width: inner), index == dialog.selected ? .focus : .normal))
        }
        if let result = dialog.result {
            lines.append(("", .normal))
            lines += TextLayout.wrap(result.text, width: inner).map { ($0, result.failed ? .warning : .normal) }
        }
        let origin = drawBox(on: terminal, title: strings.reminderTitle, lines: lines, footer: strings.reminderKeys)
        terminal.placeCursor(row: origin.row + cursor.row, column: min(origin.column + cursor.column, terminal.size.columns - 1))
    }

    static func boxInner(columns: Int) -> Int { min(columns - 4, 72) - 4 }

    /// A framed dialog of wrapped paragraphs, each followed by a blank line.
    private func drawBox(on terminal: TerminalScreen, title: String, paragraphs: [String], footer: String) {
        let inner = Self.boxInner(columns: terminal.size.columns)
        drawBox(on: terminal, title: title,
                lines: paragraphs.flatMap { TextLayout.wrap($0, width: inner) + [""] }.map { ($0, TextStyle.normal) }, footer: footer)
    }

    /// A framed dialog centred on the screen, cut if taller than the screen. Returns the screen position of
    /// its first text line.
    @discardableResult
    private func drawBox(on terminal: TerminalScreen, title: String, lines body: [(String, TextStyle)], footer: String) -> (row: Int, column: Int) {
        let (rows, columns) = terminal.size
        let boxWidth = min(columns - 4, 72)
        let inner = boxWidth - 4
        var lines = body.map(\.0)
        var styles = body.map(\.1)
        lines.append(footer)
        styles.append(.dim)
        let maxLines = rows - 4
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines - 1)) + [footer]
            styles = Array(styles.prefix(maxLines - 1)) + [.dim]
        }
        let boxHeight = lines.count + 2
        let top = max(0, (rows - boxHeight) / 2), left = max(0, (columns - boxWidth) / 2)
        for row in top..<min(rows, top + boxHeight) {
            terminal.draw(String(repeating: " ", count: columns), row: row, column: 0, style: .normal)
        }
        let box = terminal.drawsLines ? ["┌", "┐", "└", "┘", "─", "│"] : ["+", "+", "+", "+", "-", "|"]
        let titleText = title.isEmpty ? "" : " \(TextLayout.truncate(title, width: inner)) "
        let topEdge = box[0] + titleText + String(repeating: box[4], count: max(0, boxWidth - 2 - DisplayWidth.of(titleText))) + box[1]
        terminal.draw(topEdge, row: top, column: left, style: .title)
        for (offset, line) in lines.enumerated() {
            terminal.draw(box[5] + " " + TextLayout.pad(line, width: inner) + " " + box[5], row: top + 1 + offset, column: left, style: styles[offset])
        }
        terminal.draw(box[2] + String(repeating: box[4], count: boxWidth - 2) + box[3], row: top + boxHeight - 1, column: left, style: .title)
        terminal.placeCursor(row: top + boxHeight - 2, column: left + 2)
        return (top + 1, left + 2)
    }
}
