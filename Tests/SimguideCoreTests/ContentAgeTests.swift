import Testing
@testable import SimguideCore

/// Content that ages honestly: review days per source, facts with a start or end day, steps resting on
/// an overdue source marked, validity rules on an overdue source giving no date.
@Suite struct ContentAgeTests {
    private static func day(_ text: String) throws -> CivilDate { try #require(CivilDate(text)) }

    /// The small fixture with a fee that starts on 2027-01-01, a warning that ended on 2026-12-31, a
    /// renewal rule with a validity rule, and sources of each review class.
    static let flow = Fixtures.small
        .replacingOccurrences(of: "{phase: act, channel: online, title: {zh: 充值, en: Top up}, documents: [login], sources: [s1]}",
                              with: """
                              {phase: act, channel: online, title: {zh: 充值, en: Top up}, documents: [login], sources: [s1]}
                                    - {phase: act, channel: online, title: {zh: 新费用, en: New fee}, sources: [s2], valid_from: 2027-01-01}
                                  warnings:
                                    - {text: {zh: 旧优惠, en: Old offer}, sources: [s2], valid_until: 2026-12-31}
                                  reminder: {valid_days: 30, basis: {zh: 三十天, en: thirty days}, sources: [s1]}
                              """)
        .replacingOccurrences(of: "checked: 2026-01-15}", with: "checked: 2026-01-15, review: fees}")
        .replacingOccurrences(of: "checked: 2026-02-01, confidence: high}", with: "checked: 2026-02-01, confidence: high, review_by: 2028-02-01}")

    private func plan(on text: String) throws -> Plan {
        let flow = try FlowLoader.load(yaml: Self.flow, name: "age.yaml")
        var session = Session(flow: flow)
        for value in ["renew", "fr", "free", "yes"] { try session.answer(value) }
        return PlanComposer(flow: flow, today: try Self.day(text)).compose(session)
    }

    @Test func reviewDaysFollowTheClassOrTheGivenDay() throws {
        let flow = try FlowLoader.load(yaml: Self.flow, name: "age.yaml")
        #expect(flow.source("s1")?.reviewDate == (try Self.day("2026-07-15")), "fees: 6 months")
        #expect(flow.source("s2")?.reviewDate == (try Self.day("2028-02-01")))
        #expect(try Self.day("2026-08-31").adding(months: 6) == (try Self.day("2027-02-28")))
        #expect(try Self.day("2027-08-31").adding(months: 6) == (try Self.day("2028-02-29")), "a leap day")
        #expect(try Self.day("2026-11-22").adding(months: 24) == (try Self.day("2028-11-22")))
        let plain = try FlowLoader.load(yaml: Fixtures.small, name: "small.yaml")
        #expect(plain.source("s1")?.reviewDate == (try Self.day("2027-01-15")), "a source without a class is a procedure: 12 months")
    }

    @Test func factsAppearOnlyOnTheDaysTheyHold() throws {
        let before = try plan(on: "2026-06-01")
        #expect(before.steps.map { $0.title.text(.en) }.contains("Top up") && !before.steps.contains { $0.title.text(.en) == "New fee" })
        #expect(before.warnings.contains { $0.text.text(.en) == "Old offer" })
        let after = try plan(on: "2027-01-01")
        #expect(after.steps.contains { $0.title.text(.en) == "New fee" })
        #expect(!after.warnings.contains { $0.text.text(.en) == "Old offer" })
    }

    @Test func stepsOnAnOverdueSourceAreToConfirmAndItsRuleGivesNoDate() throws {
        let fresh = try plan(on: "2026-06-01")
        #expect(fresh.overdue.isEmpty)
        #expect(fresh.reminder != nil)
        let stale = try plan(on: "2026-08-01")
        #expect(stale.overdue == ["s1": try Self.day("2026-07-15")])
        let topUp = try #require(stale.steps.first { $0.title.text(.en) == "Top up" })
        #expect(stale.reviewOverdue(topUp.sources) == (try Self.day("2026-07-15")))
        #expect(stale.reminder == nil, "a validity rule on an overdue source must not produce a firm date")
    }

    @Test func lintWarnsWhenASourceIsDueAndFailsNinetyDaysLater() throws {
        let flow = try FlowLoader.load(yaml: Self.flow, name: "age.yaml")
        let due = FlowLinter(flow: flow, today: "2026-08-01").findings().filter { [.reviewDue, .reviewOverdue].contains($0.code) }
        #expect(due.map(\.severity) == [.warning])
        #expect(due.first?.message.contains("source 's1' is due for review since 2026-07-15") == true)
        let overdue = FlowLinter(flow: flow, today: "2026-10-14").findings().filter { [.reviewDue, .reviewOverdue].contains($0.code) }
        #expect(overdue.map(\.code) == [.reviewOverdue])
        let expired = FlowLinter(flow: flow, today: "2027-01-02").findings().filter { $0.code == .expired }
        #expect(expired.map(\.message) == ["a warning in rule 'renew' is valid until 2026-12-31, which has passed: no plan shows it any more; remove it or update it"])
    }

    @Test(arguments: [
        ("review: monthly", "'monthly' is not a review class; use one of: fees (6 months), procedure (12 months), law (24 months), or 'review_by: YYYY-MM-DD'"),
        ("review: law, review_by: 2027-01-01", "give 'review' (a class) or 'review_by' (a day), not both"),
        ("review_by: 2027-02-30", "review_by '2027-02-30' is not a date; write a real day as YYYY-MM-DD"),
    ])
    func reviewKeysAreChecked(keys: String, message: String) throws {
        let yaml = Fixtures.small.replacingOccurrences(of: "checked: 2026-01-15}", with: "checked: 2026-01-15, \(keys)}")
        do {
            _ = try FlowLoader.load(yaml: yaml, name: "age.yaml")
            Issue.record("loaded")
        } catch let error as FlowError {
            #expect(error.message == message)
        }
    }

    @Test func aPeriodThatEndsBeforeItStartsIsRefused() throws {
        let yaml = Fixtures.small.replacingOccurrences(of: "title: {zh: 门店充值, en: Top up in a shop},",
                                                       with: "title: {zh: 门店充值, en: Top up in a shop}, valid_from: 2027-01-01, valid_until: 2026-01-01,")
        #expect(throws: FlowError.self) { try FlowLoader.load(yaml: yaml, name: "age.yaml") }
    }
}
