import SimguideCore

/// A framed dialog over the screen that fits any terminal down to 40x12: its body scrolls to keep the
/// focused line in view, its messages (a result, a warning, a question such as "the file exists") are
/// pinned under the body so they are never cut off, and its keys wrap onto as many lines as they need.
struct DialogBox {
    var title: String
    /// The lines that scroll.
    var body: [(text: String, style: TextStyle)]
    /// The body line to keep in view (a field, a choice).
    var focusLine: Int?
    /// An explicit first body line (help text scrolled by the user); the focus line decides otherwise.
    var scroll: Int?
    /// Lines always shown below the body, already wrapped.
    var pinned: [(text: String, style: TextStyle)] = []
    /// The keys, as groups separated by two spaces ("↑↓ move  Enter save  Esc close").
    var footer: String

    /// Where the body landed on screen.
    struct Placement {
        /// Screen row and column of the first body line shown.
        let row: Int, column: Int
        /// The first body line shown, and how many are shown.
        let first: Int, shown: Int

        /// The screen row of a body line, if it is shown.
        func row(ofBodyLine line: Int) -> Int? { line >= first && line < first + shown ? row + line - first : nil }
    }

    /// The width of the box's text for a terminal width.
    static func inner(columns: Int) -> Int { boxWidth(columns: columns) - 4 }

    private static func boxWidth(columns: Int) -> Int { min(columns - (columns < 60 ? 2 : 4), 72) }

    /// The footer's key groups packed into lines of `width` columns, never splitting a group.
    static func pack(_ footer: String, width: Int) -> [String] {
        let groups = footer.components(separatedBy: "  ").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        var lines: [String] = []
        for group in groups {
            let candidate = lines.last.map { $0 + "  " + group } ?? group
            if let last = lines.indices.last, DisplayWidth.of(candidate) <= width {
                lines[last] = candidate
            } else {
                lines.append(TextLayout.truncate(group, width: width))
            }
        }
        return lines.isEmpty ? [""] : lines
    }

    /// Draws the box centred on the screen and returns where its body went.
    @discardableResult
    func draw(on terminal: TerminalScreen) -> Placement {
        let (rows, columns) = terminal.size
        let boxWidth = Self.boxWidth(columns: columns), inner = boxWidth - 4
        let keys = Self.pack(footer, width: inner)
        // On a small screen the box may take every row; on a larger one it leaves the header visible.
        let interior = (rows >= 16 ? rows - 4 : rows) - 2
        let shownPinned = Array(pinned.prefix(max(0, interior - keys.count - 1)))
        let room = max(1, interior - keys.count - shownPinned.count)
        let gap = !shownPinned.isEmpty && body.count + 1 + shownPinned.count + keys.count <= interior
        let window = min(body.count, room - (gap ? 1 : 0))
        let first = firstLine(window: window)
        var lines = Array(body[first..<(first + window)])
        if gap { lines.append(("", .normal)) }
        lines += shownPinned
        // A blank line before the keys when everything else is shown and a row is left.
        if first == 0, window == body.count, shownPinned.count == pinned.count, lines.count + keys.count < interior {
            lines.append(("", .normal))
        }
        lines += keys.map { ($0, TextStyle.dim) }

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
            terminal.draw(box[5] + " " + TextLayout.pad(line.text, width: inner) + " " + box[5], row: top + 1 + offset, column: left, style: line.style)
        }
        terminal.draw(box[2] + String(repeating: box[4], count: boxWidth - 2) + box[3], row: top + boxHeight - 1, column: left, style: .title)
        if first > 0 { terminal.draw("↑", row: top + 1, column: left + boxWidth - 2, style: .dim) }
        if first + window < body.count { terminal.draw("↓", row: top + window, column: left + boxWidth - 2, style: .dim) }
        terminal.placeCursor(row: top + boxHeight - 2, column: left + 2)
        return Placement(row: top + 1, column: left + 2, first: first, shown: window)
    }

    /// The largest first line a body of this window can have.
    static func maxScroll(bodyCount: Int, window: Int) -> Int { max(0, bodyCount - window) }

    private func firstLine(window: Int) -> Int {
        let last = Self.maxScroll(bodyCount: body.count, window: window)
        if let scroll { return min(max(0, scroll), last) }
        guard let focusLine, window > 0 else { return 0 }
        return min(max(0, focusLine - window + 1), last)
    }
}
