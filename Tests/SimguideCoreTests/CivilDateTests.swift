import Foundation
import Testing
@testable import SimguideCore

/// Calendar days and renewal deadlines: month ends, leap years, no time zone involved.
@Suite struct CivilDateTests {
    @Test func readsOnlyRealDays() {
        #expect(CivilDate("2028-02-29")?.description == "2028-02-29")
        #expect(CivilDate("2026-02-29") == nil, "2026 is not a leap year")
        #expect(CivilDate("2100-02-29") == nil, "century years are leap only every 400 years")
        #expect(CivilDate("2000-02-29") != nil)
        for bad in ["2026-13-01", "2026-04-31", "26-11-22", "2026/11/22", "2026-11-22T00:00", "", "明天"] {
            #expect(CivilDate(bad) == nil, "\(bad)")
        }
    }

    @Test func readsDatesAsPeopleTypeThem() throws {
        for text in ["2026-10-03", "2026-10-3", "2026/10/03", "2026/10/3", "2026.10.03", " 2026-10-03 ", "2026年10月3日"] {
            #expect(try CivilDate(parsing: text).description == "2026-10-03", "\(text)")
        }
    }

    @Test func refusesImpossibleDatesWithTheReason() throws {
        #expect(throws: CivilDate.Problem.noSuchDay(year: 2026, month: 2, day: 30, days: 28)) { try CivilDate(parsing: "2026-02-30") }
        #expect(throws: CivilDate.Problem.noSuchDay(year: 2026, month: 4, day: 31, days: 30)) { try CivilDate(parsing: "2026/4/31") }
        #expect(throws: CivilDate.Problem.noSuchMonth(year: 2026, month: 13)) { try CivilDate(parsing: "2026-13-01") }
        #expect(throws: CivilDate.Problem.yearOutOfRange(1899)) { try CivilDate(parsing: "1899-12-31") }
        #expect(throws: CivilDate.Problem.yearOutOfRange(2201)) { try CivilDate(parsing: "2201-01-01") }
        for bad in ["20261003", "", "26-10-03", "2026-10-03-01", "2026-+1-03", "明天", "2026-１0-03"] {
            #expect(throws: CivilDate.Problem.unreadable(bad)) { try CivilDate(parsing: bad) }
        }
        #expect("\(CivilDate.Problem.noSuchDay(year: 2026, month: 2, day: 30, days: 28))" == "2026-02-30: February 2026 has 28 days")
        #expect(try CivilDate(parsing: "2200-12-31").year == 2200)
        #expect(try CivilDate(parsing: "1900-01-01").year == 1900)
    }

    @Test(arguments: [
        ("2026-11-20", 180, "2027-05-19"),
        ("2026-01-31", 1, "2026-02-01"),
        ("2028-02-28", 1, "2028-02-29"),
        ("2027-02-28", 1, "2027-03-01"),
        ("2026-12-31", 1, "2027-01-01"),
        ("2027-09-03", 180, "2028-03-01"),
        ("2099-12-31", 365, "2100-12-31"),
        ("2026-03-29", -7, "2026-03-22"),
    ])
    func addingDays(start: String, days: Int, expected: String) throws {
        let date = try #require(CivilDate(start))
        #expect(date.adding(days: days).description == expected)
        #expect(date.days(until: date.adding(days: days)) == days)
    }

    @Test func dayNumbersMatchTheUnixEpoch() throws {
        #expect(try #require(CivilDate("1970-01-01")).dayNumber == 0)
        #expect(try #require(CivilDate("2026-11-22")).dayNumber == 20_779, "checked with Python: date(2026,11,22) - date(1970,1,1)")
    }

    @Test func deadlinesFromATopUpOrAnExpiryDate() throws {
        let rule = ReminderRule(validDays: 180, basis: LocalizedText(["zh": "180 天", "en": "180 days"]), confidence: .medium,
                                sources: [], position: SourcePosition(file: "t.yaml", line: 1, column: 1))
        let fromTopUp = try RenewalDeadline(.lastTopUp(try #require(CivilDate("2027-09-03"))), rule: rule)
        #expect(fromTopUp.expiry.description == "2028-03-01")
        #expect(fromTopUp.renewBy.description == "2028-02-23")
        #expect(fromTopUp.rule == rule)
        let fromExpiry = try RenewalDeadline(.expiry(try #require(CivilDate("2027-03-03"))), rule: rule)
        #expect(fromExpiry.renewBy.description == "2027-02-24")
        #expect(fromExpiry.rule == nil, "the operator's own date needs no rule")
        #expect(throws: RenewalDeadline.Problem.noValidityRule) {
            try RenewalDeadline(.lastTopUp(try #require(CivilDate("2027-01-01"))), rule: nil)
        }
    }

    @Test func todayIsTheLocalCalendarDay() {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd"
        let before = formatter.string(from: Date())
        let today = CivilDate.today().description
        let after = formatter.string(from: Date())
        #expect(today == before || today == after, "midnight may pass between the readings")
    }
}
