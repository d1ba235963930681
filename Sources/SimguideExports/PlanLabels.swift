import SimguideCore

/// The fixed words around a plan (headings, field names) in each language.
struct PlanLabels {
    let language: Language

    private func pick(_ zh: String, _ zhHant: String, _ en: String) -> String { language.pick(zh, zhHant, en) }

    var planTitle: String { pick("你的计划", "你的計劃", "Your plan") }
    var situation: String { pick("你的情况", "你的情況", "Your situation") }
    var documents: String { pick("要准备的材料", "要準備的材料", "Documents to prepare") }
    var contacts: String { pick("官方联系方式", "官方聯絡方式", "Official contacts") }
    var warnings: String { pick("注意", "注意", "Warnings") }
    var sources: String { pick("来源", "來源", "Sources") }
    var cost: String { pick("费用", "費用", "Cost") }
    var duration: String { pick("需时", "需時", "Takes") }
    var deadline: String { pick("期限", "期限", "Deadline") }
    var needs: String { pick("需要", "需要", "Needs") }
    var contact: String { pick("联系", "聯絡", "Contact") }
    var fromAbroad: String { pick("从国外", "從境外", "From abroad") }
    var channel: String { pick("方式", "方式", "Channel") }
    var flowVersion: String { pick("内容版本", "內容版本", "Content version") }

    /// "Content version: 2026.11.22", followed by the day the plan was made when known.
    func versionLine(_ version: String, madeOn date: String?) -> String {
        colon(flowVersion) + version + (date.map { pick("，生成于 ", "，生成於 ", " · made on ") + $0 } ?? "")
    }
    /// "checked 2026-11-22, 2 days ago, high confidence": when the source was read, and how long ago as of
    /// the day the plan is made for.
    func sourceNote(_ source: Source, on day: CivilDate) -> String {
        var parts = [pick("核对于 ", "核對於 ", "checked ") + source.checked]
        if let checked = CivilDate(source.checked) { parts.append(age(checked.days(until: day))) }
        parts.append(confidence(source.confidence))
        return parts.joined(separator: separator)
    }

    /// "today", "3 days ago", "5 months ago".
    private func age(_ days: Int) -> String {
        switch days {
        case ..<1: return pick("当天", "當天", "today")
        case 1: return pick("1 天前", "1 天前", "1 day ago")
        case 2..<60: return pick("\(days) 天前", "\(days) 天前", "\(days) days ago")
        default: return pick("\(days * 12 / 365) 个月前", "\(days * 12 / 365) 個月前", "\(days * 12 / 365) months ago")
        }
    }

    /// Put before the title of a step that rests on a source overdue for review.
    var toConfirmMark: String { pick("【待确认】", "【待確認】", "[to confirm] ") }

    /// Why a step is "to confirm".
    func toConfirm(since due: CivilDate) -> String {
        pick("待确认：这一步依据的来源应在 \(due) 前重新核对，至今没有核对；办理前先向运营商确认。", "待確認：這一步依據的來源應在 \(due) 前重新核對，至今沒有核對；辦理前先向電訊商確認。", "To confirm: a source of this step was due to be checked again by \(due) and has not been; confirm with the operator before you act.")
    }

    /// How to report a fact that is wrong or out of date.
    var reportLine: String {
        pick("发现错误或过时的内容？运行 simguide report（加上同样的 --answer）生成一份报告，按 CONTRIBUTING.md 的说明发给维护者。", "發現錯誤或過時的內容？運行 simguide report（加上同樣的 --answer）生成一份報告，按 CONTRIBUTING.md 的說明發給維護者。", "Found something wrong or out of date? 'simguide report' (with the same --answer) prepares a report to send to the maintainers, as CONTRIBUTING.md explains.")
    }

    var disclaimer: String {
        pick("规则和价格常有变化：办理前请在运营商官网或客服核实。", "規則和價格常有變化：辦理前請在電訊商官網或客服核實。", "Rules and prices change often: check with the operator's official site or hotline before you act.")
    }

    var renewalDeadline: String { pick("续期期限", "續期期限", "Renewal deadline") }

    /// The deadline in words: the dates when known, and the content's validity rule with its confidence.
    func deadlineLines(_ deadline: RenewalDeadline?, rule: ReminderRule?, plan: Plan) -> [String] {
        var lines: [String] = []
        if let deadline {
            lines.append(pick("有效期至 \(deadline.expiry)；请在 \(deadline.renewBy) 前续期（提前 \(RenewalDeadline.safetyMargin) 天）。", "有效期至 \(deadline.expiry)；請在 \(deadline.renewBy) 前續期（提前 \(RenewalDeadline.safetyMargin) 天）。", "Valid until \(deadline.expiry); renew by \(deadline.renewBy) (\(RenewalDeadline.safetyMargin) days early)."))
        }
        if let rule = deadline?.rule ?? (deadline == nil ? rule : nil) {
            let cited = rule.sources.compactMap { plan.citation($0.id) }.map { "[\($0)]" }.joined()
            lines.append(pick("推算依据：", "推算依據：", "Computed from: ") + rule.basis.text(language)
                         + pick("（\(confidence(rule.confidence))）", "（\(confidence(rule.confidence))）", " (\(confidence(rule.confidence)))") + citationSpace + cited)
            if deadline == nil {
                lines.append(pick("给出最近一次充值的日期，就能算出期限并生成日历提醒。", "給出最近一次增值的日期，就能算出期限並生成日曆提醒。", "Give the date of the last top-up to get the deadline and a calendar reminder."))
            }
        } else if deadline != nil {
            lines.append(pick("按你输入的运营商显示的有效期计算。", "按你輸入的電訊商顯示的有效期計算。", "From the expiry date you entered, as the operator shows it."))
        }
        return lines
    }

    func confidence(_ level: Source.Confidence) -> String {
        switch level {
        case .high: return pick("可信度高", "可信度高", "high confidence")
        case .medium: return pick("可信度中", "可信度中", "medium confidence")
        case .low: return pick("可信度低", "可信度低", "low confidence")
        }
    }

    /// "：" after a Chinese label, ": " after an English one.
    func colon(_ label: String) -> String { label + pick("：", "：", ": ") }

    /// A question followed by its answer: no colon after a question mark.
    func answerLine(_ prompt: String, _ answer: String) -> String {
        if let last = prompt.last, "？?".contains(last) { return prompt + " " + answer }
        return colon(prompt) + answer
    }

    /// Separates the parts of a parenthesised note.
    var separator: String { pick("，", "，", ", ") }

    /// Space before a citation like "[2]" (none after Chinese text).
    var citationSpace: String { pick("", "", " ") }

    /// Joins names in a list ("、" in Chinese, "; " in English, since names may contain commas).
    func list(_ items: [String]) -> String { items.joined(separator: pick("、", "、", "; ")) }
}
