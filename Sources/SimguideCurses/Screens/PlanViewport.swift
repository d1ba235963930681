/// Where the plan screen is scrolled to and which tickable item has the focus, and how each key moves them.
///
/// The plan scrolls by screen line, so every line from the first to the last source can be shown. The
/// focus moves among the items that are on screen: arrows go to the next item when it is shown and scroll
/// one line when it is not; a page keeps two lines of the last page; Home and End go to the very top and
/// bottom. When no item is shown the focus is hidden (`focusShown` is false) and ticking does nothing.
struct PlanViewport: Equatable {
    /// The first body line shown.
    var scroll: Int
    /// The focused item (its index among the plan's tickable items).
    var focus: Int

    /// Lines of the last page kept on the next one, so reading across pages loses nothing.
    static let pageOverlap = 2
    /// Lines moved by one turn of the mouse wheel.
    static let wheelLines = 3

    /// What the viewport needs to know of the body: its line count, where each item and section starts.
    struct Layout {
        let lineCount: Int
        /// The first line of each item, in item order.
        let itemStarts: [Int]
        /// The last line of each item (before a blank line, a heading or the next item).
        let itemEnds: [Int]
        /// Lines where a section heading ("Act", "Sources"...) is written.
        let sectionStarts: [Int]
        /// Rows the body has on screen.
        let height: Int

        init(body: [BodyLine], height: Int) {
            lineCount = body.count
            itemStarts = body.indices.filter { body[$0].startsItem }
            itemEnds = itemStarts.map { start in
                var end = start
                while end + 1 < body.count, !body[end + 1].startsItem, !body[end + 1].startsSection,
                      body[end + 1].style != .title, body[end + 1].text.contains(where: { $0 != " " }) { end += 1 }
                return end
            }
            sectionStarts = body.indices.filter { body[$0].startsSection }
            self.height = max(1, height)
        }

        var maxScroll: Int { max(0, lineCount - height) }
    }

    /// Whether the focused item's first line is on screen.
    func focusShown(in layout: Layout) -> Bool { shows(item: focus, in: layout) }

    /// The scroll held within the body (after a resize the body may have become shorter).
    func clamped(to layout: Layout) -> PlanViewport {
        PlanViewport(scroll: min(max(0, scroll), layout.maxScroll), focus: min(max(0, focus), max(0, layout.itemStarts.count - 1)))
    }

    mutating func lineDown(_ layout: Layout) {
        if focusShown(in: layout), shows(item: focus + 1, in: layout) {
            focus += 1
            revealWholeItem(layout)
        } else {
            scroll(by: 1, layout, preferFirst: true)
        }
    }

    mutating func lineUp(_ layout: Layout) {
        if focusShown(in: layout), focus > 0, shows(item: focus - 1, in: layout) {
            focus -= 1
        } else {
            scroll(by: -1, layout, preferFirst: false)
        }
    }

    mutating func pageDown(_ layout: Layout) {
        scroll(by: max(1, layout.height - Self.pageOverlap), layout, preferFirst: true)
    }

    mutating func pageUp(_ layout: Layout) {
        scroll(by: -max(1, layout.height - Self.pageOverlap), layout, preferFirst: false)
    }

    mutating func wheel(down: Bool, _ layout: Layout) {
        scroll(by: down ? Self.wheelLines : -Self.wheelLines, layout, preferFirst: down)
    }

    mutating func top(_ layout: Layout) {
        scroll = 0
        focus = 0
        refocus(layout, preferFirst: true)
    }

    mutating func bottom(_ layout: Layout) {
        scroll = layout.maxScroll
        focus = max(0, layout.itemStarts.count - 1)
        refocus(layout, preferFirst: false)
    }

    /// Scrolls the next (or previous) section heading to the top of the body.
    mutating func section(forward: Bool, _ layout: Layout) {
        let target = forward ? layout.sectionStarts.first { $0 > scroll } : layout.sectionStarts.last { $0 < scroll }
        scroll = min(max(0, target ?? (forward ? layout.maxScroll : 0)), layout.maxScroll)
        refocus(layout, preferFirst: true)
    }

    /// Scrolls `line` to the top (as far as the body allows), as a search does with the line it found.
    mutating func show(line: Int, _ layout: Layout) {
        scroll = min(max(0, line), layout.maxScroll)
        refocus(layout, preferFirst: true)
    }

    // MARK: Private

    private func shows(item: Int, in layout: Layout) -> Bool {
        guard layout.itemStarts.indices.contains(item) else { return false }
        let line = layout.itemStarts[item]
        return line >= scroll && line < scroll + layout.height
    }

    private mutating func scroll(by lines: Int, _ layout: Layout, preferFirst: Bool) {
        scroll = min(max(0, scroll + lines), layout.maxScroll)
        refocus(layout, preferFirst: preferFirst)
    }

    /// Keeps the focus on screen: when its item has left, the first (or last) item shown takes it.
    private mutating func refocus(_ layout: Layout, preferFirst: Bool) {
        if focusShown(in: layout) { return }
        let shown = layout.itemStarts.indices.filter { shows(item: $0, in: layout) }
        if let item = preferFirst ? shown.first : shown.last { focus = item }
    }

    /// Scrolls down just enough to show all of the focused item, without hiding its first line.
    private mutating func revealWholeItem(_ layout: Layout) {
        let start = layout.itemStarts[focus], end = layout.itemEnds[focus]
        if end >= scroll + layout.height { scroll = min(start, end - layout.height + 1, layout.maxScroll) }
    }
}
