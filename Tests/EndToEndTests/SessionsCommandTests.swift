import Foundation
import Testing

/// `simguide sessions`: a header, local times, ids short enough to type, and `delete` saying what it removed.
@Suite struct SessionsCommandTests {
    private func stateWithTwoSessions() throws -> String {
        let state = try BinaryRunner.temporaryDirectory().path
        let folder = state + "/simguide/sessions"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (id, updated, answers) in [("2026-11-20T08-00-00-aaaa", "2026-11-20T08:00:00Z", #"[{"question":"action","value":"cancel"}]"#),
                                       ("2026-11-21T09-30-00-bbbb", "2026-11-21T09:30:00Z",
                                        #"[{"question":"action","value":"cancel"},{"question":"region","value":"fr"}]"#)] {
            let json = """
                {"format":1,"id":"\(id)","created":"\(updated)","updated":"\(updated)","flowVersion":"x","language":"en",
                 "answers":\(answers),"ticks":[],"fields":{}}
                """
            try json.write(toFile: folder + "/\(id).json", atomically: true, encoding: .utf8)
        }
        return state
    }

    @Test func listsWithAHeaderLocalTimesAndShortIDs() throws {
        let state = try stateWithTwoSessions()
        let result = try BinaryRunner.run(["sessions", "--lang", "en"], environment: ["XDG_STATE_HOME": state, "TZ": "Asia/Shanghai"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Saved sessions, newest first.") == true)
        let header = try #require(lines.firstIndex { $0.hasPrefix("ID ") })
        #expect(lines[header].contains("Last changed"))
        #expect(lines[header + 1].hasPrefix("2026-11-21T09-30  2026-11-21 17:30  2 of at most 6 answered  Cancel the line"),
                "\(result.stdout)")
        #expect(lines[header + 2].hasPrefix("2026-11-20T08-00  2026-11-20 16:00  1 of at most"))
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test func deleteTakesAUniquePrefixAndSaysWhatItRemoved() throws {
        let state = try stateWithTwoSessions()
        let ambiguous = try BinaryRunner.run(["sessions", "delete", "2026-11"], environment: ["XDG_STATE_HOME": state])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr.contains("matches 2 sessions"))
        let deleted = try BinaryRunner.run(["sessions", "delete", "2026-11-20", "--lang", "en"], environment: ["XDG_STATE_HOME": state, "TZ": "UTC"])
        #expect(deleted.status == 0, "\(deleted.stderr)")
        #expect(deleted.stdout == "Deleted session 2026-11-20T08-00-00-aaaa (2026-11-20 08:00  Cancel the line).\n")
        #expect(!FileManager.default.fileExists(atPath: state + "/simguide/sessions/2026-11-20T08-00-00-aaaa.json"))
    }
}
