import SimguideCore

/// Why each step is in a plan: the rule that added it, the file and line it is written at, and the
/// condition that matched, so a content author can find and fix a step without reading Swift.
public struct PlanExplanation {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    public func render(_ plan: Plan, flow: Flow) -> String {
        let heading = language.text(.explainHeading)
        var out = ["", heading, String(repeating: "-", count: DisplayWidth.of(heading))]
        for (index, step) in plan.steps.enumerated() {
            let ruleID = String(step.key.split(separator: "/").first ?? "")
            let condition = flow.rules.first { $0.id == ruleID }.map(\.when.summary) ?? ""
            out.append("  \(index + 1). \(step.key)  \(fileAndLine(step.position))")
            out.append("     " + (language.text(.explainWhen)) + (condition.isEmpty ? (language.text(.explainAlways)) : condition))
        }
        out.append(language.text(.explainRulesMatched))
        out += plan.ruleIDs.map { "  \($0)" }
        return out.joined(separator: "\n") + "\n"
    }

    private func fileAndLine(_ position: SourcePosition) -> String {
        "\(position.file.split(separator: "/").last.map(String.init) ?? position.file):\(position.line)"
    }
}
