import Foundation
import Testing

/// The plan screen, its dialogs and the ways out of the wizard in a real terminal (tmux, or a
/// pseudo-terminal where exact bytes matter, such as mouse reports).
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; make test installs it"))
struct PlanScreenEndToEndTests {
    private let state = NSTemporaryDirectory() + "simguide-plan-e2e-\(UUID().uuidString)"
    private static let flows = BinaryRunner.repository.appendingPathComponent("Resources/flow").path
    /// `--flow` first, so the other suites' `pkill -f '^simguide --lang …'` never reaches these runs.
    private var binary: String { "XDG_STATE_HOME=\(state) \(BinaryRunner.binary.path) --flow \(Self.flows)" }
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

    @Test func quittingMidwaySaysHowToResumeAndTheNextStartOffersIt() throws {
        let tmux = try TmuxSession(columns: 80, rows: 24)
        try tmux.type("\(binary) --lang en\(afterwards)")
        tmux.waitFor("What do you want to do")
        try tmux.keys("1")
        tmux.waitFor("Where is this number from?")
        try tmux.keys("q")
        let quit = tmux.finished()
        #expect(quit.contains("Progress saved. Continue with: simguide --resume"), "\(quit)")
        // The next start offers it inside the wizard.
        try tmux.type("clear; \(binary) --lang en\(afterwards)")
        #expect(tmux.waitFor("Continue where you left off?").contains("Cancel the line"))
        try tmux.keys("Enter")
        #expect(tmux.waitFor("Where is this number from?").contains("Where is this number from?"))
        try tmux.keys("q")
        #expect(tmux.finished().contains("rc=0"))
        // --session takes the first characters of an id.
        let id = try #require(try FileManager.default.contentsOfDirectory(atPath: state + "/simguide/sessions").first)
        try tmux.type("clear; \(binary) --session \(id.prefix(16))\(afterwards)")
        #expect(tmux.waitFor("Where is this number from?").contains("Where is this number from?"))
        try tmux.keys("q")
        #expect(tmux.finished().contains("rc=0"))
    }

    @Test func lineModeAtATerminalSavesAndResumes() throws {
        let tmux = try TmuxSession(columns: 80, rows: 24)
        try tmux.type("\(binary) --plain --lang en\(afterwards)")
        tmux.waitFor("What do you want to do")
        try tmux.type("1")
        tmux.waitFor("Where is this number from?")
        try tmux.type("q")
        #expect(tmux.finished().contains("Progress saved. Continue with: simguide --resume"))
        try tmux.type("clear; \(binary) --plain --resume\(afterwards)")
        let resumed = tmux.waitFor("Where is this number from?")
        #expect(!resumed.contains("What do you want to do"), "it continues where it stopped: \(resumed)")
        try tmux.type("q")
        #expect(tmux.finished().contains("rc=0"))
    }

    @Test func aSecondWizardOnAnOpenSessionIsToldSo() throws {
        let first = try TmuxSession(columns: 80, rows: 24)
        try first.type("\(binary) --lang en\(afterwards)")
        first.waitFor("What do you want to do")
        try first.keys("1")
        first.waitFor("Where is this number from?")
        let second = try TmuxSession(columns: 80, rows: 24)
        try second.type("\(binary) --resume\(afterwards)")
        let refused = second.finished()
        #expect(refused.contains("is open in another simguide"), "\(refused)")
        #expect(refused.contains("onlcr icanon echo"))
        // Once the first has quit, the session is free again.
        try first.keys("q")
        #expect(first.finished().contains("rc=0"))
        try second.type("clear; \(binary) --resume\(afterwards)")
        #expect(second.waitFor("Where is this number from?").contains("Where is this number from?"))
        try second.keys("q")
        #expect(second.finished().contains("rc=0"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: state + "/simguide/sessions").filter { $0.hasSuffix(".lock") }
        #expect(leftovers.isEmpty, "locks left behind: \(leftovers)")
    }

    @Test func oneClickIsOneAnswer() throws {
        let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_STATE_HOME": state, "HOME": state, "PATH": "/usr/bin:/bin"]
        let terminal = try PseudoTerminal(arguments: ["--flow", Self.flows, "--lang", "en"], columns: 80, rows: 24, environment: environment)
        try waitForStart(terminal)
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

    @Test func theWheelScrollsThePlan() throws {
        let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_STATE_HOME": state, "HOME": state, "PATH": "/usr/bin:/bin"]
        let terminal = try PseudoTerminal(arguments: ["--flow", Self.flows, "--no-save", "--lang", "en"], columns: 80, rows: 24,
                                          environment: environment)
        try waitForStart(terminal)
        for key in ["1", "1", "4", "1", "1"] {  // cancel a Free line from abroad
            terminal.send(key)
            terminal.pump(for: 0.1)
        }
        let lastLine = Array("Content version".utf8)
        #expect(!terminal.output.contains(subsequence: lastLine), "the end of the plan is not drawn yet")
        for _ in 0..<250 {
            terminal.send("\u{1b}[<65;10;10M")  // wheel down
            terminal.pump(for: 0.02)
        }
        for _ in 0..<200 where !terminal.output.contains(subsequence: lastLine) { terminal.pump(for: 0.05) }
        #expect(terminal.output.contains(subsequence: lastLine), "the wheel did not scroll to the end")
        terminal.send("q")  // not saved: it asks first
        terminal.pump(for: 0.2)
        terminal.send("y")
        #expect(terminal.waitForEnd(timeout: 5) == .exited(0))
    }

    /// Waits (up to 20 s: the machine may be busy with other tests) for the first question.
    private func waitForStart(_ terminal: PseudoTerminal) throws {
        for _ in 0..<400 where !terminal.output.contains(subsequence: Array("Renew".utf8)) { terminal.pump(for: 0.05) }
        try #require(terminal.output.contains(subsequence: Array("Renew".utf8)), "the wizard did not start")
    }

    /// The "done when": at 40x12 in Chinese, the longest plan (cancelling an Orange contract in
    /// its first year, from abroad) shows its last source, is written and printed with no warning hidden,
    /// leaves its ticks in the scrollback, and resumes.
    @Test func theLongestPlanAt40x12InChinese() throws {
        let folder = state + "-work"
        let bin = folder + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        // A stand-in for lp that keeps what it is given.
        try "#!/bin/sh\ncat > \(folder)/printed.txt\n".write(toFile: bin + "/lp", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin + "/lp")
        let answers = ["--answer", "action=cancel", "--answer", "region=fr", "--answer", "carrier=orange",
                       "--answer", "card_type=postpaid", "--answer", "abroad=yes", "--answer", "fr_commitment=first12"]
        let json = try BinaryRunner.run(["plan", "--lang", "zh", "--format", "json"] + answers).stdout
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let lastURL = try #require((document["sources"] as? [[String: Any]])?.last?["url"] as? String)

        let tmux = try TmuxSession(columns: 40, rows: 12)
        try tmux.type("cd \(folder); PATH=\(bin):$PATH \(binary) --lang zh\(afterwards)")
        tmux.waitFor("你想对这张卡做什么")
        for (key, next) in [("1", "这是哪里的号码"), ("1", "运营商是哪一家"), ("1", "这是哪种卡"), ("4", "所属的地区以外"), ("1", "承诺期"),
                            ("2", "你的计划")] {
            try tmux.keys(key)
            tmux.waitFor(next)
        }
        // Page down until a step is focused (the situation fills the first page), then tick it.
        for _ in 0..<4 where !tmux.screen().contains("›  [ ]") {
            try tmux.keys("NPage")
            Thread.sleep(forTimeInterval: 0.2)
        }
        try tmux.keys("Space")
        #expect(tmux.waitFor("[x]").contains("[x]"))
        try tmux.keys("End")
        let end = tmux.waitFor("内容版本")
        #expect(end.contains("p导出") && end.contains("q"), "footer: \(end)")
        // A long address is broken over lines: join them to find its end. At 40x12 the plan's closing
        // lines (disclaimer, how to report, version) fill the screen: the last source is just above.
        func joined() -> String {
            tmux.screen().split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ↑↓")) }.joined()
        }
        for _ in 0..<8 where !joined().contains(String(lastURL.suffix(24))) {
            try tmux.keys("Up")
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(joined().contains(String(lastURL.suffix(24))), "the last source is not reached: \(tmux.screen())")

        // Export twice: saved, then "the file exists" is on screen, not hidden.
        try tmux.keys("p")
        tmux.waitFor("导出或打印计划")
        try tmux.keys("Enter")
        #expect(tmux.waitFor("已保存").contains("已保存"))
        try tmux.keys("Enter")
        let exists = tmux.waitFor("文件已存在")
        #expect(exists.contains("文件已存在") && exists.contains("Esc"), "\(exists)")
        // Print through lp.
        try tmux.keys("5", "Enter")
        #expect(tmux.waitFor("已发送到打印机").contains("已发送到打印机"))
        let printed = (try? String(contentsOfFile: folder + "/printed.txt", encoding: .utf8)) ?? ""
        #expect(printed.contains("[x]"))
        try tmux.keys("Escape", "q")
        let after = tmux.finished()
        #expect(after.contains("rc=0"))
        #expect(after.contains("onlcr icanon echo"))
        #expect(tmux.history().contains("[x]"), "the scrollback shows the tick")

        // The next day: resumed with its tick.
        try tmux.type("clear; \(binary) --resume\(afterwards)")
        tmux.waitFor("你的计划")
        for _ in 0..<4 where !tmux.screen().contains("[x]") {
            try tmux.keys("NPage")
            Thread.sleep(forTimeInterval: 0.2)
        }
        #expect(tmux.screen().contains("[x]"))
        try tmux.keys("q")
        #expect(tmux.finished().contains("rc=0"))
    }
}
