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
        var out = [language.pick("simguide 内容错误报告", "simguide 內容錯誤報告", "simguide content report"), String(repeating: "=", count: 24), ""]
        out.append(labels.colon(labels.flowVersion) + plan.flowVersion)
        out.append((language.pick("日期：", "日期：", "Day: ")) + plan.day.description)
        out.append((language.pick("回答：", "回答：", "Answers: ")) + plan.answers.map { "\($0.question.id)=\($0.option.value)" }.joined(separator: " "))
        out.append("")
        let steps = plan.steps
        if let step, steps.indices.contains(step - 1) {
            let chosen = steps[step - 1]
            out.append((language.pick("第 \(step) 步：", "第 \(step) 步：", "Step \(step): ")) + chosen.title.text(language))
            let file = chosen.position.file.split(separator: "/").last.map(String.init) ?? chosen.position.file
            out.append((language.pick("规则：", "規則：", "Rule: ")) + "\(chosen.key) (\(file):\(chosen.position.line))")
            if let text = chosen.text { out += TextLayout.wrap(text.text(language), width: 76, prefix: "  ") }
            if let due = plan.reviewOverdue(chosen.sources) { out.append(labels.toConfirm(since: due)) }
            out.append(labels.colon(labels.sources))
            for reference in chosen.sources {
                guard let source = plan.sources.first(where: { $0.id == reference.id }) else { continue }
                out.append("  [\(plan.citation(source.id) ?? 0)] \(source.title.text(language)) (\(labels.sourceNote(source, on: plan.day)))")
                out.append("      \(source.url)")
            }
        } else {
            out.append(language.pick("哪一步有错？（写上编号）", "哪一步有錯？（寫上編號）", "Which step is wrong? (give its number)"))
            for (index, step) in steps.enumerated() { out.append("  \(index + 1). \(step.title.text(language))") }
        }
        out += ["", language.pick("哪里不对（计划怎么说，应该怎么说）：", "哪裏不對（計劃怎麼說，應該怎麼說）：", "What is wrong (what the plan says, what it should say):"), "", "",
                language.pick("正确的说法在哪里公布（官方网页地址、你查看的日期）：", "正確的說法在哪裏公佈（官方網頁地址、你查看的日期）：", "Where the correct fact is published (official page address, the day you read it):"), "", "",
                language.pick("请按 CONTRIBUTING.md 的说明把这份报告发给维护者。不要附上身份证件或账户信息。", "請按 CONTRIBUTING.md 的說明把這份報告發給維護者。不要附上身份證件或帳戶資訊。", "Send this report to the maintainers as CONTRIBUTING.md explains. Do not include ID documents or account details.")]
        return out.joined(separator: "\n") + "\n"
    }
}
