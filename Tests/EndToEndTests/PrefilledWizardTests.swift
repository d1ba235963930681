import Foundation
import Testing

/// `simguide --answers FILE`: the full-screen wizard starts with the file's answers given and asks the rest.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; make test installs it"))
struct PrefilledWizardTests {
    @Test func theWizardAsksOnlyWhatTheFileLeavesOpen() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = folder.appendingPathComponent("answers.txt")
        try "action=cancel\nregion=hk\n".write(to: answers, atomically: true, encoding: .utf8)
        let tmux = try TmuxSession(columns: 80, rows: 24)
        try tmux.type("XDG_STATE_HOME=\(folder.path) \(BinaryRunner.binary.path) --lang en --answers \(answers.path); echo rc=$?")
        let screen = tmux.waitFor("Which carrier is it?")
        #expect(screen.contains("Cancel the line › Hong Kong (+852)"), "\(screen)")
        #expect(screen.contains("csl"))
        try tmux.keys("Left")
        #expect(tmux.waitFor("Where is this number from?").contains("Where is this number from?"))
        try tmux.keys("q")
        tmux.waitFor("rc=")
    }

    @Test func answersCannotBeCombinedWithResume() throws {
        let result = try BinaryRunner.run(["--resume", "--answer", "action=cancel"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot be combined with --resume"))
    }
}
