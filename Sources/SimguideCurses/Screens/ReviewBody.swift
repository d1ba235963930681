import SimguideCore

/// The body of the review screen: every answer so far, the focused one marked.
struct ReviewBody {
    let review: [(question: Question, option: AnswerOption)]
    let focus: Int
    let language: Language
    let width: Int

    func lines() -> [BodyLine] {
        var lines: [BodyLine] = []
        for (index, item) in review.enumerated() {
            let focused = index == focus
            let marker = focused ? "› " : "  "
            let prompt = TextLayout.wrap(item.question.prompt.text(language), width: width, prefix: "\(marker)\(index + 1). ")
            let answer = TextLayout.wrap(item.option.label.text(language), width: width, prefix: "      → ")
            for (offset, text) in (prompt + answer).enumerated() {
                lines.append(BodyLine(text: text, style: focused ? .focus : (offset < prompt.count ? .normal : .title),
                                      item: index, startsItem: offset == 0))
            }
        }
        return lines
    }
}
