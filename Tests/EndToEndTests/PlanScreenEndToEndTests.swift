import Foundation
import Testing

/// The plan screen, its dialogs and the ways out of the wizard in a real terminal (tmux, or a
/// pseudo-terminal where exact bytes matter, such as mouse reports).
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; make test installs it"))
struct PlanScreenEndToEndTests {
    private let state = NSTemporaryDirectory() + "simguide-plan-e2e-\(UUID().uuidString)"
    private var binary: String { "XDG_STATE_HOME=\(state) \(BinaryRunner.binary.path)" }
    /// Prints the exit status and whether the terminal is back in its normal mode (echo, canonical, onlcr).
    private let afterwards = "; printf 'r%sc=%s ' '' $?; stty -a | grep -o -- '-\\?echo \\|-\\?icanon\\|-\\?onlcr' | tr -d ' ' | tr '\\n' ' '; echo"

    @Test func anErrorBeforeTheFirstScreenLeavesTheTerminalAsItWas() throws {
        let tmux = try TmuxSession(columns: 80, rows: 24)
        try tmux.type("\(binary) --resume\(afterwards)")
        let resumed = tmux.finished()
        #expect(resumed.contains("there is no saved session to resume"))
        #expect(resumed.contains("rc=2"))
        #expect(resumed.contains("onlcr icanon echo"), "terminal left raw: \(resumed)")
        try tmux.type("clear; \(binary) --session bogus\(afterwards)")
        let bogus = tmux.finished()
        #expect(bogus.contains("bogus"))
        #expect(bogus.contains("onlcr icanon echo"), "terminal left raw: \(bogus)")
    }

    @Test func oneClickIsOneAnswer() throws {
        let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_STATE_HOME": state, "HOME": state, "PATH": "/usr/bin:/bin"]
        let terminal = try PseudoTerminal(arguments: ["--lang", "en"], columns: 80, rows: 24, environment: environment)
        for _ in 0..<200 where !terminal.output.contains(subsequence: Array("Renew".utf8)) { terminal.pump(for: 0.02) }
        // Press and release button 1 on "2. Renew" (screen row 6, SGR mouse reports count from 1). The
        // release lands on "2. Hong Kong" of the next question, which must not be answered by it.
        terminal.send("\u{1b}[<0;8;7M")
        terminal.pump(for: 0.2)
        terminal.send("\u{1b}[<0;8;7m")
        terminal.pump(for: 0.3)
        terminal.send("q")
        #expect(terminal.waitForEnd(timeout: 5) == .exited(0))
        let folder = state + "/simguide/sessions"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }
        let saved = try String(contentsOfFile: folder + "/" + #require(files.first), encoding: .utf8)
        #expect(saved.contains("\"renew\""))
        #expect(!saved.contains("\"region\""), "the release answered the next question: \(saved)")
    }
}
