import Testing
@testable import SimguideCore

/// A kept card's deadline and urgency: calendar-day arithmetic, the window, and what the list must tell.
@Suite struct CardStatusTests {
    private static func day(_ text: String) throws -> CivilDate { try #require(CivilDate(text)) }

    /// The small fixture, with a 180-day validity rule on renewals outside Hong Kong.
    private static let flow = Fixtures.small.replacingOccurrences(
        of: "{phase: act, channel: online, title: {zh: 充值, en: Top up}, documents: [login], sources: [s1]}",
        with: "{phase: act, channel: online, title: {zh: 充值, en: Top up}, documents: [login], sources: [s1]}\n"
            + "    reminder: {valid_days: 180, basis: {zh: 一百八十天, en: 180 days}, sources: [s1]}").replacingOccurrences(of: "checked: 2026-01-15}", with: "checked: 2026-01-15, review_by: 2030-01-01}")

    private let france: [(question: String, value: String)] = [("action", "renew"), ("region", "fr"), ("carrier", "free"), ("abroad", "yes")]

    private func status(_ answers: [(question: String, value: String)], topUp: String? = nil, expires: String? = nil,
                        ruleDays: Int? = 180, today: String, within: Int = 30) throws -> CardStatus {
        CardStatus(answers: answers, lastTopUp: try topUp.map(Self.day), expires: try expires.map(Self.day), ruleDays: ruleDays,
                   flow: try FlowLoader.load(yaml: Self.flow, name: "cards.yaml"), today: try Self.day(today), within: within)
    }

    @Test(arguments: [
        ("2027-08-31", "2028-02-27", "2028-02-20"),  // across 29 February 2028
        ("2026-12-31", "2027-06-29", "2027-06-22"),  // across a year end
        ("2027-01-31", "2027-07-30", "2027-07-23"),
    ])
    func aTopUpGivesExpiryAndRenewByInCalendarDays(topUp: String, expiry: String, renewBy: String) throws {
        let card = try status(france, topUp: topUp, today: "2026-11-24")
        #expect(card.deadline?.expiry == (try Self.day(expiry)))
        #expect(card.deadline?.renewBy == (try Self.day(renewBy)))
    }

    @Test func urgencyFollowsTheRenewByDayAndTheWindow() throws {
        #expect(try status(france, expires: "2026-12-31", today: "2026-12-25").urgency == .overdue, "renew by 12-24")
        #expect(try status(france, expires: "2026-12-31", today: "2026-12-24").urgency == .dueSoon, "the last day is still due, not overdue")
        #expect(try status(france, expires: "2026-12-31", today: "2026-11-24").urgency == .dueSoon, "30 days ahead")
        #expect(try status(france, expires: "2026-12-31", today: "2026-11-23").urgency == .fine)
        #expect(try status(france, expires: "2026-12-31", today: "2026-11-23", within: 31).urgency == .dueSoon)
        #expect(try status(france, expires: "2026-12-31", today: "2026-12-25").daysLeft == -1)
    }

    @Test func whatTheListMustSay() throws {
        let hongKong: [(question: String, value: String)] = [("action", "renew"), ("region", "hk"), ("carrier", "csl"), ("abroad", "yes")]
        let noRule = try status(hongKong, topUp: "2026-11-01", ruleDays: nil, today: "2026-11-24")
        #expect(noRule.notes == [.needsExpiry] && noRule.urgency == .unknown)
        let changed = try status(france, topUp: "2026-11-01", ruleDays: 90, today: "2026-11-24")
        #expect(changed.notes == [.ruleChanged(from: 90, to: 180)])
        let stale = try status(france, topUp: "2026-11-01", today: "2030-06-01")
        #expect(stale.notes == [.ruleToConfirm] && stale.deadline == nil, "a rule on an overdue source gives no date")
        let gone = try status([("action", "renew"), ("region", "xx")], expires: "2026-12-31", today: "2026-11-24")
        #expect(gone.notes == [.answersNoLongerFit])
        #expect(gone.urgency == .dueSoon, "the operator's date still counts")
    }
}
