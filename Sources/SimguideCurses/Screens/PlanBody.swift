import SimguideCore
import SimguideExports

/// The body of the plan screen: the printed plan's lines, with tick boxes and the focused item marked.
struct PlanBody {
    /// The plan laid out as text, ticks included (`WizardApp.planLines`).
    let planLines: [PlanLine]
    let ticks: Set<String>
    let focus: Int
    /// Columns for a line; a longer one (a long address) is broken onto more lines instead of cut, so
    /// every source can be read in full even at 40 columns.
    let width: Int

    func lines() -> [BodyLine] {
        var item = -1
        var lines: [BodyLine] = []
        // Skip the plan's own title block: the screen header already says what this is.
        for line in planLines.drop(while: { $0.kind == .heading && !$0.text.isEmpty }).dropFirst() {
            if line.tickKey != nil { item += 1 }
            let current = item >= 0 && line.kind != .heading ? item : nil
            let focused = current == focus && current != nil && (line.tickKey != nil || lines.last?.item == current)
            let style: TextStyle
            switch line.kind {
            case .heading: style = .title
            case .warning: style = .warning
            case .item, .text:
                if focused { style = .focus } else if let key = line.tickKey, ticks.contains(key) { style = .ticked } else { style = .normal }
            }
            let marker = line.tickKey != nil && focused ? "›" : " "
            let pieces = fitted(marker + line.text)
            let owner = line.tickKey != nil || focused ? current : nil
            lines.append(BodyLine(text: pieces[0], style: style, item: owner, startsItem: line.tickKey != nil,
                                  startsSection: line.kind == .heading && line.text.contains { $0 != "-" && $0 != "=" && $0 != " " }))
            lines += pieces.dropFirst().map { BodyLine(text: $0, style: style, item: focused ? current : nil) }
        }
        return lines
    }

    /// The line as it is when it fits, or cut every `width` columns under its own indent. Only an
    /// address is longer than the laid-out width, and it reads best filled to the edge.
    private func fitted(_ text: String) -> [String] {
        guard DisplayWidth.of(text) > width else { return [text] }
        let indent = text.prefix { $0 == " " || $0 == "›" }.count
        let room = max(10, width - indent)
        var pieces: [String] = [], current = "", used = 0
        for character in text.dropFirst(indent) {
            let columns = DisplayWidth.of(character)
            if used + columns > room {
                pieces.append(current)
                (current, used) = ("", 0)
            }
            current.append(character)
            used += columns
        }
        pieces.append(current)
        let pad = String(repeating: " ", count: indent)
        return pieces.enumerated().map { ($0.offset == 0 ? String(text.prefix(indent)) : pad) + $0.element }
    }
}
