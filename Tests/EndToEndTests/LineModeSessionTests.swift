import Foundation
import Testing

/// The line wizard saves and resumes sessions too: with --resume or --session even through a pipe, and
/// as it goes when a person types at a terminal.
@Suite struct LineModeSessionTests {
    private func stateWithAStartedSession() throws -> String {
        let state = try BinaryRunner.temporaryDirectory().path
        let folder = state + "/simguide/sessions"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let json = """
            {"format":1,"id":"2026-11-21T09-30-00-bbbb","created":"2026-11-21T09:30:00Z","updated":"2026-11-21T09:30:00Z",
             "flowVersion":"x","language":"en","answers":[{"question":"action","value":"cancel"},{"question":"region","value":"hk"}],
             "ticks":["document:sim_card"],"fields":{"letter.name":"Li Hua"}}
            """
        try json.write(toFile: folder + "/2026-11-21T09-30-00-bbbb.json", atomically: true, encoding: .utf8)
        return state
    }

    private func saved(_ state: String) throws -> String {
        try String(contentsOfFile: state + "/simguide/sessions/2026-11-21T09-30-00-bbbb.json", encoding: .utf8)
    }

    @Test func resumesASessionAndSavesAsItGoes() throws {
        let state = try stateWithAStartedSession()
        // csl, then quit (nothing is lost, so it asks nothing): the answer is kept, and the way back is told.
        let first = try BinaryRunner.run(["--plain", "--resume"], input: "1\nq\n", environment: ["XDG_STATE_HOME": state])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Which carrier is it?"), "it starts at the first unanswered question")
        #expect(first.stdout.contains("Progress saved. Continue with: simguide --resume"))
        #expect(!first.stdout.contains("will not be kept"))
        #expect(try saved(state).contains("\"csl\""))
        // Then to the plan, by a prefix of the id; ticks and form fields from the full screen are kept.
        let second = try BinaryRunner.run(["--plain", "--session", "2026-11-21"], input: "1\n1\n", environment: ["XDG_STATE_HOME": state])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Your plan"))
        let final = try saved(state)
        #expect(final.contains("\"abroad\""))
        #expect(final.contains("document:sim_card") && final.contains("Li Hua"))
    }

    @Test func aFinishedSessionPrintsThePlanAsTheFullScreenShowedIt() throws {
        let state = try BinaryRunner.temporaryDirectory().path
        let folder = state + "/simguide/sessions"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let answers = [("action", "renew"), ("region", "hk"), ("carrier", "csl"), ("card_type", "keep"), ("abroad", "yes")]
            .map { #"{"question":"\#($0.0)","value":"\#($0.1)"}"# }.joined(separator: ",")
        let json = """
            {"format":1,"id":"renewal-one","created":"2026-11-21T09:30:00Z","updated":"2026-11-21T09:30:00Z","flowVersion":"x",
             "language":"en","answers":[\(answers)],"ticks":["document:sim_card"],
             "fields":{"reminder.kind":"reminder.expiry","reminder.expiry":"2027-04-01"}}
            """
        try json.write(toFile: folder + "/renewal-one.json", atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["--plain", "--resume"], environment: ["XDG_STATE_HOME": state])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Valid until 2027-04-01; renew by 2027-03-25"), "\(result.stdout)")
        #expect(result.stdout.contains("[x]"))
    }

    @Test func pipedInputLeavesNoSessionBehind() throws {
        let state = try BinaryRunner.temporaryDirectory().path
        let result = try BinaryRunner.run(["--lang", "en"], input: "1\n2\n", environment: ["XDG_STATE_HOME": state])
        #expect(result.status == 5, "input ended before the plan")
        #expect(!FileManager.default.fileExists(atPath: state + "/simguide/sessions"))
    }
}
