import SimguideCore
import SimguideExports

/// The body of the plan screen: the printed plan's lines, with tick boxes and the focused item marked.
struct PlanBody {
    /// The plan laid out as text, ticks included (`WizardApp.planLines`).
    let planLines: [PlanLine]
    let ticks: Set<String>
    let focus: Int

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
            lines.append(BodyLine(text: marker + line.text, style: style, item: line.tickKey != nil || focused ? current : nil,
                                  startsItem: line.tickKey != nil,
                                  startsSection: line.kind == .heading && line.text.contains { $0 != "-" && $0 != "=" && $0 != " " }))
        }
        return lines
    }
}
