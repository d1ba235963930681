import SimguideCore

/// The fixed words around a plan (headings, field names) in each language.
struct PlanLabels {
    let language: Language


    var planTitle: String { language.text(.planPlanTitle) }
    var situation: String { language.text(.planSituation) }
    var documents: String { language.text(.planDocuments) }
    var contacts: String { language.text(.planContacts) }
    var warnings: String { language.text(.planWarnings) }
    var sources: String { language.text(.planSources) }
    var cost: String { language.text(.planCost) }
    var duration: String { language.text(.planDuration) }
    var deadline: String { language.text(.planDeadline) }
    var needs: String { language.text(.planNeeds) }
    var contact: String { language.text(.planContact) }
    var fromAbroad: String { language.text(.planFromAbroad) }
    var channel: String { language.text(.planChannel) }
    var flowVersion: String { language.text(.planFlowVersion) }

    /// "Content version: 2026.11.22", followed by the day the plan was made when known.
    func versionLine(_ version: String, madeOn date: String?) -> String {
        colon(flowVersion) + version + (date.map { language.text(.planMadeOn) + $0 } ?? "")
    }
    /// "checked 2026-11-22, 2 days ago, high confidence": when the source was read, and how long ago as of
    /// the day the plan is made for.
    func sourceNote(_ source: Source, on day: CivilDate) -> String {
        var parts = [language.text(.planCheckedOn) + source.checked]
        if let checked = CivilDate(source.checked) { parts.append(age(checked.days(until: day))) }
        parts.append(confidence(source.confidence))
        return parts.joined(separator: separator)
    }

    /// "today", "3 days ago", "5 months ago".
    private func age(_ days: Int) -> String {
        switch days {
        case ..<1: return language.text(.planAgeToday)
        case 1: return language.text(.planAgeOneDay)
        case 2..<60: return language.text(.planAgeDays, ["days": days])
        default: return language.text(.planAgeMonths, ["months": days * 12 / 365])
        }
    }

    /// Put before the title of a step that rests on a source overdue for review.
    var toConfirmMark: String { language.text(.planToConfirmMark) }

    /// Why a step is "to confirm".
    func toConfirm(since due: CivilDate) -> String {
        language.text(.planToConfirm, ["due": due])
    }

    /// How to report a fact that is wrong or out of date.
    var reportLine: String {
        language.text(.planReportLine)
    }

    var disclaimer: String {
        language.text(.planDisclaimer)
    }

    var renewalDeadline: String { language.text(.planRenewalDeadline) }

    /// The deadline in words: the dates when known, and the content's validity rule with its confidence.
    func deadlineLines(_ deadline: RenewalDeadline?, rule: ReminderRule?, plan: Plan) -> [String] {
        var lines: [String] = []
        if let deadline {
            lines.append(language.text(.planValidUntil, ["expiry": deadline.expiry, "renew-by": deadline.renewBy, "margin": RenewalDeadline.safetyMargin]))
        }
        if let rule = deadline?.rule ?? (deadline == nil ? rule : nil) {
            let cited = rule.sources.compactMap { plan.citation($0.id) }.map { "[\($0)]" }.joined()
            lines.append(language.text(.planComputedFrom) + rule.basis.text(language)
                         + language.text(.planConfidenceInBrackets, ["confidence": confidence(rule.confidence)]) + citationSpace + cited)
            if deadline == nil {
                lines.append(language.text(.planGiveLastTopUp))
            }
        } else if deadline != nil {
            lines.append(language.text(.planFromEnteredExpiry))
        }
        return lines
    }

    func confidence(_ level: Source.Confidence) -> String {
        switch level {
        case .high: return language.text(.planConfidenceHigh)
        case .medium: return language.text(.planConfidenceMedium)
        case .low: return language.text(.planConfidenceLow)
        }
    }

    /// "：" after a Chinese label, ": " after an English one.
    func colon(_ label: String) -> String { label + language.text(.planColon) }

    /// A question followed by its answer: no colon after a question mark.
    func answerLine(_ prompt: String, _ answer: String) -> String {
        if let last = prompt.last, "？?".contains(last) { return prompt + " " + answer }
        return colon(prompt) + answer
    }

    /// Separates the parts of a parenthesised note.
    var separator: String { language.text(.planSeparator) }

    /// Space before a citation like "[2]" (none after Chinese text).
    var citationSpace: String { language.text(.planCitationSpace) }

    /// Joins names in a list ("、" in Chinese, "; " in English, since names may contain commas).
    func list(_ items: [String]) -> String { items.joined(separator: language.text(.planListSeparator)) }
}
