import Foundation
import Testing
import SimguideCore
@testable import SimguideExports

/// A shared flow is untrusted data: its texts and addresses must not break out of the calendar entry or
/// the Markdown link they are written into.
@Suite struct HostileTextTests {
    /// A flow whose renewal label carries a CRLF and calendar lines, whose reminder basis carries a
    /// line break, an escape sequence and 40 combining accents, and whose source URL tries to close its link.
    static let flow = """
        format: 1
        version: "hostile"
        title: {zh: 测试, en: Test}
        start: action
        questions:
          - id: action
            prompt: {zh: 做什么？, en: What?}
            options:
              - {value: renew, label: {zh: 续期, en: "Renew\\r\\nATTACH:https://evil.example/x\\r\\nEND:VEVENT\\r\\nBEGIN:VEVENT"}}
            next: end
        rules:
          - id: renew
            when: {action: renew}
            steps:
              - {phase: act, channel: online, title: {zh: 充值, en: Top up}, documents: [login], sources: [s1]}
            reminder:
              valid_days: 30
              basis: {zh: 三十天, en: "thirty days\\nDESCRIPTION:more\\e]52;c;aGk=\\ae\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301"}
              confidence: low
              sources: [s1]
        documents:
          - {id: login, name: {zh: 登录信息, en: Login}}
        sources:
          - {id: s1, title: "Source [one]", url: "https://example.org/a)<script>alert(1)</script>[x](javascript:alert(1))", checked: 2026-01-15}
        """

    private func plan() throws -> Plan {
        let flow = try FlowLoader.load(yaml: Self.flow, name: "hostile.yaml")
        var session = Session(flow: flow)
        try session.answer("renew")
        return PlanComposer(flow: flow).compose(session)
    }

    @Test func aLineBreakInAFlowTextCannotAddCalendarLines() throws {
        let plan = try plan()
        let deadline = try RenewalDeadline(.lastTopUp(try #require(CivilDate("2026-11-20"))), rule: plan.reminder)
        let ics = ReminderCalendar(language: .en).render(deadline, plan: plan, uid: "u@simguide", stamp: "20261122T093000Z")
        let lines = ReminderCalendarTests.contentLines(ics)  // also checks: no bare CR or LF, every line <= 75 octets
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 1)
        #expect(!lines.contains { $0.hasPrefix("ATTACH") || $0.hasPrefix("DESCRIPTION:more") })
        let description = try #require(ReminderCalendarTests.value("DESCRIPTION", in: lines))
        #expect(description.contains("Renew\\nATTACH:https://evil.example/x\\nEND:VEVENT"))
        #expect(!description.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func foldingCountsOctetsNotCharacters() {
        let accented = "e" + String(repeating: "\u{301}", count: 40)  // one grapheme of 81 octets
        let folded = ReminderCalendar.fold("DESCRIPTION:" + accented)
        for line in folded.components(separatedBy: "\r\n").dropLast() {
            #expect(line.utf8.count <= 75)
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
        }
        #expect(ReminderCalendarTests.contentLines(folded) == ["DESCRIPTION:" + accented])
    }

    @Test func markdownKeepsAHostileAddressInsideItsLink() throws {
        let markdown = PlanMarkdownRenderer(language: .en).render(try plan())
        let line = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("1. ") })
        #expect(line.hasPrefix("1. [Source \\[one\\]](https://example.org/a%29%3Cscript%3Ealert%281%29%3C/script%3E%5Bx%5D%28javascript:alert%281%29%29) — "))
        #expect(!markdown.contains("<script"))
        #expect(!markdown.contains("](javascript"))
    }

    @Test func anAddressThatIsNotWebIsPlainText() {
        #expect(PlanMarkdownRenderer.encodedWebAddress("javascript:alert(1)") == nil)
        #expect(PlanMarkdownRenderer.encodedWebAddress("https://例子.hk/路径 x") == "https://%E4%BE%8B%E5%AD%90.hk/%E8%B7%AF%E5%BE%84%20x")
    }
}
