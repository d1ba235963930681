import SimguideCore

/// A report of a content error, as plain text to paste into a message: the content version, the day,
/// the answers, the step in question with the rule that added it and its sources, and blanks for what
/// is wrong and where the correct fact is published.
public struct ContentReport {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// `step` is the 1-based number of the step as the plan shows it; without it, every step is listed
    /// so the reader can say which one.
    public func render(_ plan: Plan, step: Int?) -> String {
        let labels = PlanLabels(language: language)
        var out = [language.text(.reportTitle), String(repeating: "=", count: 24), ""]
        out.append(labels.colon(labels.flowVersion) + plan.flowVersion)
        out.append((language.text(.reportDay)) + plan.day.description)
        out.append((language.text(.reportAnswers)) + plan.answers.map { "\($0.question.id)=\($0.option.value)" }.joined(separator: " "))
        out.append("")
        let steps = plan.steps
        if let step, steps.indices.contains(step - 1) {
            let chosen = steps[step - 1]
            out.append((language.text(.reportStep, ["step": step])) + chosen.title.text(language))
            let file = chosen.position.file.split(separator: "/").last.map(String.init) ?? chosen.position.file
            out.append((language.text(.reportRule)) + "\(chosen.key) (\(file):\(chosen.position.line))")
            if let text = chosen.text { out += TextLayout.wrap(text.text(language), width: 76, prefix: "  ") }
            if let due = plan.reviewOverdue(chosen.sources) { out.append(labels.toConfirm(since: due)) }
            out.append(labels.colon(labels.sources))
            for reference in chosen.sources {
                guard let source = plan.sources.first(where: { $0.id == reference.id }) else { continue }
                out.append("  [\(plan.citation(source.id) ?? 0)] \(source.title.text(language)) (\(labels.sourceNote(source, on: plan.day)))")
                out.append("      \(source.url)")
            }
        } else {
            out.append(language.text(.reportWhichStep))
            for (index, step) in steps.enumerated() { out.append("  \(index + 1). \(step.title.text(language))") }
        }
        out += ["", language.text(.reportWhatIsWrong), "", "",
                language.text(.reportWherePublished), "", "",
                language.text(.reportSend)]
        return out.joined(separator: "\n") + "\n"
    }
}
