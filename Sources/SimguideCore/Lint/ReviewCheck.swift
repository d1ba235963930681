/// Content that ages: a source past its review day is a warning, and an error `SourceReview.graceDays`
/// after it, so stale facts cannot linger unnoticed; a step or warning whose `valid_until` has passed is
/// shown to nobody and should be removed or renewed.
struct ReviewCheck {
    let flow: Flow
    let today: CivilDate

    func findings() -> [Finding] {
        var found: [Finding] = []
        for source in flow.sources {
            guard let due = source.reviewDate, due < today else { continue }
            let days = due.days(until: today)
            if days > SourceReview.graceDays {
                found.append(Finding(.error, .reviewOverdue, at: source.position, """
                    source '\(source.id)' was due for review on \(due), \(days) days ago: check it again and update \
                    'checked', or correct the facts that rest on it (plans already mark them "to confirm")
                    """))
            } else {
                found.append(Finding(.warning, .reviewDue, at: source.position, """
                    source '\(source.id)' is due for review since \(due): check it again and update 'checked' \
                    (lint fails \(SourceReview.graceDays) days after that day)
                    """))
            }
        }
        for rule in flow.rules {
            for step in rule.steps { found += expired(step.period, "a step in rule '\(rule.id)'", step.position) }
            for warning in rule.warnings { found += expired(warning.period, "a warning in rule '\(rule.id)'", warning.position) }
        }
        return found
    }

    private func expired(_ period: ValidityPeriod, _ what: String, _ position: SourcePosition) -> [Finding] {
        guard let until = period.until, until < today else { return [] }
        return [Finding(.warning, .expired, at: position,
                        "\(what) is valid until \(until), which has passed: no plan shows it any more; remove it or update it")]
    }
}
