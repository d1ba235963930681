import Foundation
import Testing

/// Every SIM a person keeps, from the command line: three regions ranked by deadline, a top-up that moves
/// the date, `due` for cron, and one calendar that stays correct as deadlines change.
@Suite struct CardsTests {
    private static func answers(_ region: String, _ carrier: String) -> [String] {
        ["--answer", "action=renew", "--answer", "region=\(region)", "--answer", "carrier=\(carrier)",
         "--answer", "card_type=keep", "--answer", "abroad=yes"]
    }

    /// A copy of the bundled flow where csl cards carry a 180-day validity rule (a test rule: the real
    /// content has none), so a top-up can move the date.
    private static func flowWithRule(in folder: URL) throws -> String {
        let flow = folder.appendingPathComponent("flow")
        try FileManager.default.copyItem(at: BinaryRunner.repository.appendingPathComponent("Resources/flow"), to: flow)
        let file = flow.appendingPathComponent("hong-kong.yaml")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
            of: "  - id: hk-renew-csl\n    when: {action: renew, region: hk, carrier: csl, card_type: [keep, travel, data]}\n",
            with: "  - id: hk-renew-csl\n    when: {action: renew, region: hk, carrier: csl, card_type: [keep, travel, data]}\n"
                + "    reminder: {valid_days: 180, basis: {zh: 测试规则, zh-Hant: 測試規則, en: a test rule}, confidence: low, sources: [hk-s75]}\n")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return flow.path
    }

    @Test func threeCardsRankedATopUpMovesTheDateDueNagsAndTheCalendarFollows() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let flow = try Self.flowWithRule(in: folder)
        // Not before the day the bundled sources were last checked: a source checked "in the future" stops the flow.
        let environment = ["XDG_STATE_HOME": folder.path, "SIMGUIDE_TODAY": "2026-11-25"]
        func run(_ arguments: [String]) throws -> BinaryRunner.Result {
            try BinaryRunner.run(arguments + ["--flow", flow, "--lang", "en"], environment: environment, folder: folder)
        }
        #expect(try run(["cards", "add", "--name", "FR Orange 1234", "--expires", "2027-06-01"] + Self.answers("fr", "orange")).status == 0)
        #expect(try run(["cards", "add", "--name", "HK csl 5678", "--last-top-up", "2026-06-10"] + Self.answers("hk", "csl")).status == 0)
        #expect(try run(["cards", "add", "--name", "NC opt", "--expires", "2026-11-30"] + Self.answers("nc", "opt")).status == 0)
        let duplicate = try run(["cards", "add", "--name", "NC opt", "--expires", "2026-11-30"] + Self.answers("nc", "opt"))
        #expect(duplicate.status == 2)

        let listed = try run(["cards", "--ics", "cards.ics"])
        let names = listed.stdout.split(separator: "\n").dropFirst().map { line in
            ["NC opt", "HK csl 5678", "FR Orange 1234"].first { line.contains($0) } ?? ""
        }
        #expect(names == ["NC opt", "HK csl 5678", "FR Orange 1234"], "overdue, due soon, fine: \(listed.stdout)")
        #expect(listed.stdout.contains("overdue 2d  2026-11-23"))
        #expect(listed.stdout.contains("due in 5d   2026-11-30"), "180 days after 2026-06-10 is 2026-12-07, renew 7 days before")
        let calendar = try String(contentsOf: folder.appendingPathComponent("cards.ics"), encoding: .utf8)
        #expect(calendar.components(separatedBy: "BEGIN:VEVENT").count == 4)
        let uids = calendar.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:card-") }
        #expect(uids.count == 3)

        #expect(try run(["due", "--within", "14"]).status == 1)
        // Line mode, for screen readers, lists the same cards before the first question.
        let plain = try BinaryRunner.run(["--plain", "--flow", flow, "--lang", "en"], input: "q\n", environment: environment)
        #expect(plain.stdout.hasPrefix("Your cards (simguide cards records top-ups and expiry dates, or removes one):\nstatus"))
        #expect(plain.stdout.contains("NC opt") && plain.stdout.contains("What do you want to do"))
        let toppedUp = try run(["cards", "topped-up", "HK", "--on", "2026-11-24"])
        #expect(toppedUp.stdout.contains("fine    2027-05-16  HK csl 5678"), "180 days after 2026-11-24, less 7: \(toppedUp.stdout)")
        let again = try String(contentsOf: folder.appendingPathComponent("cards.ics"), encoding: .utf8)
        #expect(again.contains("DTSTART;VALUE=DATE:20270516"), "the calendar was rewritten with the new date")
        #expect(again.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:card-") } == uids, "same UIDs: re-importing updates")

        #expect(try run(["cards", "remove", "NC"]).stdout == "Removed: NC opt\n")
        let calm = try run(["due", "--within", "14"])
        #expect(calm.status == 0)
        #expect(calm.stdout == "No card to renew within 14 days.\n")
        let json = try run(["cards", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["cards"] as? [[String: Any]])?.compactMap { $0["renew_by"] as? String } == ["2027-05-16", "2027-05-25"])
    }

    @Test func aCancellationIsNotACardAndTopUpsWithoutARuleAskForTheExpiry() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["XDG_STATE_HOME": folder.path]
        let cancel = try BinaryRunner.run(["cards", "add", "--name", "x", "--answer", "action=cancel", "--answer", "region=nc",
                                           "--answer", "carrier=opt", "--answer", "card_type=keep", "--answer", "abroad=yes"], environment: environment)
        #expect(cancel.status == 2)
        let added = try BinaryRunner.run(["cards", "add", "--name", "法国 Free", "--last-top-up", "2026-11-01", "--lang", "zh"]
                                         + Self.answers("fr", "free"), environment: environment)
        #expect(added.status == 0)
        #expect(added.stdout.contains("我们的资料没有这张卡的有效期规则：请记下运营商显示的有效期"))
    }

    /// From the wizard: a renewal plan kept with `c` is in the list `simguide cards` shows.
    @Test func aCardKeptInTheWizardIsInTheList() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let flow = BinaryRunner.repository.appendingPathComponent("Resources/flow").path
        let tmux = try TmuxSession(columns: 80, rows: 24)
        try tmux.type("XDG_STATE_HOME=\(folder.path) \(BinaryRunner.binary.path) --flow \(flow) --lang en; echo rc=$?")
        tmux.waitFor("What do you want to do")
        try tmux.keys("2", "2", "Enter", "Enter", "Enter")  // renew, Hong Kong, csl, number-keeping card, abroad
        tmux.waitFor("Your plan")
        try tmux.keys("c", "C-u")
        try tmux.type("HK csl 5678")
        #expect(tmux.waitFor("Kept: HK csl 5678").contains("Kept: HK csl 5678"))
        try tmux.keys("Enter", "q")
        #expect(tmux.finished().contains("rc=0"))
        let listed = try BinaryRunner.run(["cards", "--flow", flow, "--lang", "en"], environment: ["XDG_STATE_HOME": folder.path])
        #expect(listed.stdout.contains("HK csl 5678"), "\(listed.stdout)")
        #expect(listed.stdout.contains("no date"), "no expiry was recorded: the list asks for one")

        // The next start lists the card first; a new expiry typed there is kept.
        try tmux.type("clear; XDG_STATE_HOME=\(folder.path) \(BinaryRunner.binary.path) --flow \(flow) --lang en; echo rc=$?")
        #expect(tmux.waitFor("Your cards").contains("HK csl 5678"))
        try tmux.keys("e")
        try tmux.type("2027-04-01")
        #expect(tmux.waitFor("Expiry 2027-04-01 recorded.").contains("Expiry 2027-04-01 recorded."))
        try tmux.keys("Escape")
        tmux.waitFor("What do you want to do")
        try tmux.keys("q")
        #expect(tmux.finished().contains("rc=0"))
        let dated = try BinaryRunner.run(["cards", "--flow", flow, "--lang", "en"], environment: ["XDG_STATE_HOME": folder.path])
        #expect(dated.stdout.contains("2027-03-25  HK csl 5678"), "\(dated.stdout)")
    }

    /// The renew-by day is the card's calendar day, whatever the user's time zone; "today" is the
    /// user's own day. Kiribati (UTC+14) and Baker Island (UTC-12) are 26 hours apart: at any moment
    /// their calendars differ by one or two days, and so do the days left, never the dates.
    @Test func theDeadlineIsTheCardsDayAndTodayIsTheUsers() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let add = try BinaryRunner.run(["cards", "add", "--name", "HK", "--expires", "2030-01-31"] + Self.answers("hk", "csl"),
                                       environment: ["XDG_STATE_HOME": folder.path])
        #expect(add.status == 0)
        func card(_ zone: String) throws -> [String: Any] {
            let listed = try BinaryRunner.run(["cards", "--format", "json"], environment: ["XDG_STATE_HOME": folder.path, "TZ": zone])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
            return try #require((object["cards"] as? [[String: Any]])?.first)
        }
        let east = try card("KIR-14"), west = try card("BAK+12")  // POSIX zones: no time-zone database needed
        #expect(east["renew_by"] as? String == "2030-01-24" && west["renew_by"] as? String == "2030-01-24")
        let difference = try #require(west["days_left"] as? Int) - #require(east["days_left"] as? Int)
        #expect(difference == 1 || difference == 2, "west is a day or two behind: \(difference)")
    }
}
