/// One line of a screen's scrolling body: its text, style, and the list item it belongs to.
struct BodyLine {
    var text: String
    var style: TextStyle = .normal
    /// The index of the item (option, answer, plan item) this line shows, if any.
    var item: Int?
    /// Whether this is the first line of its item (where the cursor and the click target go).
    var startsItem = false
    /// Whether this line is a section heading, where section jumps (Tab, `[`, `]`) land.
    var startsSection = false
}

extension Array where Element == BodyLine {
    /// The first line to show so that the focused item is visible in `height` rows (question and review
    /// screens, which scroll with their focus; the plan scrolls by line, see `PlanViewport`).
    func scrollKeepingVisible(focus: Int, height: Int) -> Int {
        let maxScroll = Swift.max(0, count - height)
        var top = 0
        guard let first = firstIndex(where: { $0.item == focus }), let last = lastIndex(where: { $0.item == focus }) else {
            return top
        }
        if first < top { top = first }
        if last >= top + height { top = Swift.min(first, last - height + 1) }
        return Swift.min(Swift.max(0, top), maxScroll)
    }
}
