import SimguideCore

extension WizardApp {
    /// Draws the current screen, and any dialog over it, to fit the terminal's size.
    public func draw(on terminal: TerminalScreen) {
        terminal.clear()
        clickable = ClickableRows()
        let (rows, columns) = terminal.size
        let strings = CursesStrings(language: language)
        if rows < Self.minimumSize.rows || columns < Self.minimumSize.columns {
            drawTooSmall(on: terminal, strings: strings)
            terminal.refresh()
            return
        }
        let width = columns - 2
        let title: String
        let body: [BodyLine]
        var keys: String
        switch mode {
        case .question:
            guard let question = session.current else { return }
            title = session.flow.title.text(language)
            body = QuestionBody(question: question, options: session.visibleOptions, answers: session.answers, focus: focus, language: language, width: width).lines()
            keys = KeyGuide.footer(keyGuide, width: width)
        case .change(let id):
            guard let question = session.flow.question(id) else { return }
            title = strings.changeTitle(question.prompt.text(language))
            body = QuestionBody(question: question, options: session.optionsForChanging(id), answers: session.answers, focus: focus, language: language, width: width).lines()
            keys = KeyGuide.footer(keyGuide, width: width)
        case .review:
            title = strings.reviewTitle
            body = ReviewBody(review: session.review, focus: focus, language: language, width: width).lines()
            keys = KeyGuide.footer(keyGuide, width: width)
        case .plan:
            guard plan != nil else { return }
            title = strings.planTitle
            body = planBody(columns: columns)
            keys = KeyGuide.footer(keyGuide, width: width)
        }
        drawHeader(on: terminal, title: title, strings: strings)
        let top = 3, height = rows - 5
        let first: Int
        if mode == .plan {
            // After a change of width the plan has another number of lines: keep the same part of it in view.
            if let laidOut = planLineCount, laidOut != body.count, laidOut > 0 { scroll = scroll * body.count / laidOut }
            planLineCount = body.count
            first = PlanViewport(scroll: scroll, focus: focus).clamped(to: PlanViewport.Layout(body: body, height: height)).scroll
            scroll = first
        } else {
            first = body.scrollKeepingVisible(focus: focus, height: height)
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
        if let searchText {
            let prompt = "/" + TextLayout.tail(searchText, width: width - 2)
            terminal.draw(String(repeating: " ", count: columns), row: rows - 2, column: 0, style: .normal)
            terminal.draw(" " + prompt, row: rows - 2, column: 0, style: .focus)
            cursor = (rows - 2, 1 + DisplayWidth.of(prompt))
            keys = strings.searchKeys
        }
        // Under a dialog the screen's keys do not work: the dialog lists its own.
        if !overlayOpen { terminal.draw(" " + TextLayout.truncate(keys, width: width), row: rows - 1, column: 0, style: .dim) }
        drawOverlays(on: terminal, strings: strings)
        if !overlayOpen { terminal.placeCursor(row: cursor.row, column: cursor.column) }
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
        let crumbs = session.review.map { $0.option.label.text(language) }.joinedText(separator: " › ")
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
}
