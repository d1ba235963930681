import Foundation
import Testing

/// The full-screen wizard in a real terminal (tmux): a person's journey, resizes, and every way out
/// leaving the shell usable.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; make test installs it"))
struct FullScreenTests {
    /// The binary, saving its sessions in a folder of this test run rather than the user's own.
    private let binary: String
    private let state = NSTemporaryDirectory() + "simguide-state-\(UUID().uuidString)"

    init() {
        binary = "XDG_STATE_HOME=\(state) \(BinaryRunner.binary.path)"
    }

    /// Prints the exit status and whether the terminal is back in its normal (echo, canonical) mode.
    private let afterwards = "; printf 'r%sc=%s ' '' $?; stty -a | grep -o -- '-\\?echo \\|-\\?icanon' | tr -d ' ' | tr '\\n' ' '; echo"

    @Test func cancelHongKongCslFromAbroadInChinese() throws {
        let tmux = try TmuxSession(columns: 80, rows: 24)
        try tmux.type("\(binary) --lang zh\(afterwards)")
        #expect(tmux.waitFor("第 1 步 / 最多 6 步").contains("你想对这张卡做什么？"))
        try tmux.keys("Enter")
        tmux.waitFor("这是哪里的号码？")
        try tmux.keys("2")
        tmux.waitFor("运营商是哪一家？")
        try tmux.keys("Enter")
        tmux.waitFor("这是哪种卡？")
        try tmux.keys("Enter")
        tmux.waitFor("你现在在这张卡所属的地区以外吗？")
        try tmux.keys("Enter")
        let plan = tmux.waitFor("你的计划")
        #expect(plan.contains("先核对：每月都从你的银行账户"), "the first step: is it really prepaid?")
        #expect(plan.contains("注销（销户） › 香港（+852） › csl"))
        try tmux.keys("Space", "l", "l")  // 简体 → 繁體 → English
        #expect(tmux.waitFor("Your plan").contains("[x] 1. Check first: is money taken"))
        // The session is saved as it goes, so quitting asks nothing; the plan stays in the scrollback.
        try tmux.keys("q")
        let after = tmux.finished()
        #expect(after.contains("rc=0"))
        #expect(after.contains("icanon echo"), "terminal not restored: \(after)")

        // The next day: the same plan, ticks and language are back.
        try tmux.type("clear; \(binary) --resume\(afterwards)")
        let resumed = tmux.waitFor("Your plan")
        #expect(resumed.contains("[x] 1. Check first: is money taken"))
        try tmux.keys("q")
        #expect(tmux.finished().contains("rc=0"))
    }

    @Test func exportDialogReportsAPathThatCannotBeWritten() throws {
        let tmux = try TmuxSession(columns: 80, rows: 24)
        let folder = state + "-exports"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try tmux.type("cd \(folder); \(binary) --lang en\(afterwards)")
        tmux.waitFor("What do you want to do")
        try tmux.keys("Enter", "3", "Enter", "Enter", "Enter")
        tmux.waitFor("Your plan")
        try tmux.keys("p")
        tmux.waitFor("Export or print the plan")
        try tmux.keys("Down", "Down", "Tab", "C-u")
        try tmux.type("/proc/no-such-folder/plan.html", enter: false)
        try tmux.keys("Enter")
        #expect(tmux.waitFor("Not saved").contains("No such"))
        try tmux.keys("C-u")
        try tmux.type("plan.html", enter: false)
        try tmux.keys("Enter")
        #expect(tmux.waitFor("Saved:").contains("/tmp/simguide-state-"))
        let html = (try? String(contentsOfFile: folder + "/plan.html", encoding: .utf8)) ?? ""
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Cancel the line"))
        try tmux.keys("Escape", "q")
        #expect(tmux.finished().contains("icanon echo"))
    }

    @Test func resizingMidFlow() throws {
        let tmux = try TmuxSession(columns: 80, rows: 24)
        try tmux.type("\(binary) --lang zh\(afterwards)")
        tmux.waitFor("你想对这张卡做什么？")
        try tmux.keys("Enter", "1")
        tmux.waitFor("运营商是哪一家？")
        try tmux.resize(columns: 40, rows: 12)
        #expect(tmux.waitFor("↑↓ Enter ←返回").contains("› 1. Orange（含 Sosh、Mobicarte）"))
        try tmux.resize(columns: 30, rows: 10)
        #expect(tmux.waitFor("终端太小").contains("至少需要"))
        try tmux.resize(columns: 100, rows: 30)
        let wide = tmux.waitFor("↑↓ 移动")
        #expect(wide.contains("7. 其他 / 不确定"))
        #expect(wide.contains("第 3 步 / 最多 6 步"))
        try tmux.keys("Down", "Enter")
        #expect(tmux.waitFor("这是哪种卡？").contains("SFR"))
        try tmux.keys("q")
        #expect(tmux.finished().contains("icanon echo"))
    }

    @Test func ctrlCAndSIGTERMRestoreTheTerminal() throws {
        let tmux = try TmuxSession(columns: 80, rows: 24)
        try tmux.type("\(binary) --lang en\(afterwards)")
        tmux.waitFor("What do you want to do")
        try tmux.keys("Enter", "C-c")
        let interrupted = tmux.finished()
        #expect(interrupted.contains("rc=130"))
        #expect(interrupted.contains("icanon echo"), "after Ctrl-C: \(interrupted)")

        try tmux.type("clear; \(binary) --lang en\(afterwards)")
        tmux.waitFor("What do you want to do")
        try tmux.type("", enter: false)
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        kill.arguments = ["pkill", "-TERM", "-f", "^\(BinaryRunner.binary.path) --lang en"]
        try kill.run()
        kill.waitUntilExit()
        let terminated = tmux.finished()
        #expect(terminated.contains("rc=143"))
        #expect(terminated.contains("icanon echo"), "after SIGTERM: \(terminated)")
    }

    /// Sends a signal to the running wizard (matched by its command line).
    private func signal(_ name: String, _ arguments: String) throws {
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        kill.arguments = ["pkill", "-\(name)", "-f", "^\(BinaryRunner.binary.path) \(arguments)"]
        try kill.run()
        kill.waitUntilExit()
    }

    @Test func aBurstOfResizesThenSuspendResumeAndHangUp() throws {
        let tmux = try TmuxSession(columns: 80, rows: 24)
        try tmux.type("\(binary) --lang en --no-save\(afterwards)")
        tmux.waitFor("What do you want to do")
        try tmux.keys("Enter")
        tmux.waitFor("Where is this number from?")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            try tmux.resize(columns: Int.random(in: 20...160, using: &generator), rows: Int.random(in: 6...50, using: &generator))
        }
        try tmux.resize(columns: 80, rows: 24)
        let after = tmux.waitFor("2. Hong Kong (+852)")
        #expect(after.contains("Where is this number from?"), "the screen is redrawn after the burst: \(after)")

        // Ctrl-Z stops it and gives the shell back in a sane state; fg brings the same screen back.
        try signal("TSTP", "--lang en --no-save")
        #expect(tmux.waitFor("Stopped").contains("Stopped"))
        try tmux.type("stty -a | grep -o -- '-\\?icanon' ")
        #expect(tmux.waitFor("icanon").contains("icanon"))
        // (The shell went on with the rest of the first command line when the job stopped; its status
        // marker is printed again after fg.)
        try tmux.type("clear; fg\(afterwards)")
        #expect(tmux.waitFor("Where is this number from?").contains("1. France (+33)"))
        try tmux.keys("2")
        tmux.waitFor("Which carrier is it?")

        // A hang-up ends it with 128 + 1 and the terminal restored.
        try signal("HUP", "--lang en --no-save")
        let hungUp = tmux.finished()
        #expect(hungUp.contains("rc=129"), "\(hungUp)")
        #expect(hungUp.contains("icanon echo"), "after SIGHUP: \(hungUp)")
    }

    @Test func anUnknownTerminalFallsBackToLineMode() throws {
        let tmux = try TmuxSession(columns: 80, rows: 24)
        try tmux.type("TERM=no-such-terminal \(binary) --lang en\(afterwards)")
        let screen = tmux.waitFor("type a number to choose")
        #expect(screen.contains("full screen unavailable"))
        #expect(screen.contains("1) Cancel the line"))
        try tmux.type("q")
        #expect(tmux.finished().contains("rc=0"))

        // Ctrl-C still ends line mode at once after full screen could not start. (Bash drops the rest of a
        // command line whose program died of SIGINT, so the status is asked for on a line of its own.)
        try tmux.type("clear; TERM=no-such-terminal \(binary) --lang en")
        tmux.waitFor("type a number to choose")
        try tmux.keys("C-c")
        tmux.waitFor("^C")
        try tmux.type("echo r''c=$?")
        #expect(tmux.finished().contains("rc=130"))
    }
}
