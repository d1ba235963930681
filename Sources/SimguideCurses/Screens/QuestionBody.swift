import SimguideCore

/// The body of a question screen: the prompt, numbered options (the focused one marked), and the help.
struct QuestionBody {
    let question: Question
    let options: [AnswerOption]
    /// The answers given so far, which choose the help shown.
    let answers: [String: String]
    let focus: Int
    let language: Language
    let width: Int

    func lines() -> [BodyLine] {
        var lines = TextLayout.wrap(question.prompt.text(language), width: width).map { BodyLine(text: $0, style: .title) }
        lines.append(BodyLine(text: ""))
        for (index, option) in options.enumerated() {
            let focused = index == focus
            let marker = focused ? "› " : "  "
            let wrapped = TextLayout.wrap(option.label.text(language), width: width, prefix: "\(marker)\(index + 1). ")
            for (offset, text) in wrapped.enumerated() {
                lines.append(BodyLine(text: text, style: focused ? .focus : .normal, item: index, startsItem: offset == 0))
            }
        }
        if let help = question.help(answers) {
            lines.append(BodyLine(text: ""))
            lines += TextLayout.wrap(help.text(language), width: width).map { BodyLine(text: $0, style: .dim) }
        }
        return lines
    }
}
