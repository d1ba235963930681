import Foundation
import Testing
import SimguideCore
import SimguideTestSupport
@testable import SimguideExports

/// The renewal reminder as an iCalendar file, parsed back the way a calendar app reads it. The bundled
/// content has no validity rule any more (see docs/content-audit.md), so the rule comes from a fixture.
@Suite struct ReminderCalendarTests {
    static let situation = GoldenPlanTests.Situation("renew-hk-csl", GoldenPlanTests.path("renew", "hk", "csl", "keep", abroad: true))

    /// Unfolds the text and returns its content lines, checking the RFC 5545 layout on the way.
    static func contentLines(_ ics: String) -> [String] {
        #expect(ics.hasSuffix("\r\n"))
        let physical = ics.components(separatedBy: "\r\n").dropLast()
        for line in physical {
            #expect(line.utf8.count <= 75, "longer than 75 octets: \(line)")
            #expect(!line.contains("\n") && !line.contains("\r"), "a bare line break")
        }
        var lines: [String] = []
        for line in physical {
            // By bytes: a continuation may start with a combining mark, which joins the space into one Character.
            if line.utf8.first == UInt8(ascii: " "), !lines.isEmpty {
                lines[lines.count - 1] += String(decoding: line.utf8.dropFirst(), as: UTF8.self)
            } else {
                lines.append(line)
            }
        }
        return lines
    }

    static func value(_ name: String, in lines: [String]) -> String? {
        lines.first { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }.map { String($0[$0.index(after: $0.firstIndex(of: ":")!)...]) }
    }

    @Test func goldenIsReviewed() throws {
        let plan = try GoldenPlanTests.plan(Self.situation, flow: ReminderFixtureFlow.load())
        let deadline = try RenewalDeadline(.lastTopUp(try #require(CivilDate("2026-11-20"))), rule: plan.reminder)
        let ics = ReminderCalendar(language: .zh).render(deadline, plan: plan, uid: "renewal-test@simguide", stamp: "20261122T093000Z")
        try GoldenPlanTests.compare(ics, golden: "renew-hk-csl-from-abroad.zh.ics")
    }

    @Test(arguments: [
        ("2026-11-20", "20270512", "20270513"),   // 180 days, then 7 days early
        ("2027-09-03", "20280223", "20280224"),   // across 29 February 2028
        ("2026-06-05", "20261125", "20261126"),
        ("2027-08-31", "20280220", "20280221"),
    ])
    func datesAreRightAcrossMonthEndsAndLeapYears(topUp: String, start: String, end: String) throws {
        let plan = try GoldenPlanTests.plan(Self.situation, flow: ReminderFixtureFlow.load())
        let deadline = try RenewalDeadline(.lastTopUp(try #require(CivilDate(topUp))), rule: plan.reminder)
        for language in [Language.zh, .en] {
            let lines = Self.contentLines(ReminderCalendar(language: language).render(deadline, plan: plan, uid: "u@simguide", stamp: "20261122T093000Z"))
            #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
            #expect(Self.value("DTSTART", in: lines) == start)
            #expect(lines.contains("DTSTART;VALUE=DATE:\(start)"), "an all-day date: the same day in every time zone")
            #expect(Self.value("DTEND", in: lines) == end)
            #expect(Self.value("UID", in: lines) == "u@simguide")
            #expect(Self.value("DTSTAMP", in: lines) == "20261122T093000Z")
            #expect(lines.filter { $0 == "BEGIN:VALARM" }.count == 2)
            #expect(lines.contains("TRIGGER:-P14D") && lines.contains("TRIGGER:-P1D"))
            let description = try #require(Self.value("DESCRIPTION", in: lines))
            #expect(description.contains(String(deadline.expiry.description)), "the description names the expiry")
            #expect(description.contains(language == .zh ? "可信度中" : "medium confidence"), "and the rule's confidence")
        }
    }

    @Test func theBundledContentHasNoFirmValidityRule() throws {
        // csl's and CMHK's 180 days came from one legacy and one discontinued card: no rule may compute a date.
        for carrier in ["csl", "cmhk", "smartone", "three", "cuhk", "other"] {
            let plan = try GoldenPlanTests.plan(GoldenPlanTests.Situation("renew-hk-\(carrier)", GoldenPlanTests.path("renew", "hk", carrier, "keep", abroad: true)))
            #expect(plan.reminder == nil, "\(carrier): a firm validity rule")
        }
    }

    @Test func foldingNeverSplitsACharacter() {
        let text = "DESCRIPTION:" + String(repeating: "续期提醒，", count: 40)
        let lines = Self.contentLines(ReminderCalendar.fold(text))
        #expect(lines == [text])
    }
}
