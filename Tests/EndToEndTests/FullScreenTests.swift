import Foundation
import Testing

/// The full-screen wizard in a real terminal (tmux): a person's journey, resizes, and every way out
/// leaving the shell usable.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed; make test installs it"))
struct FullScreenTests {
    private let binary = BinaryRunner.binary.path
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
        #expect(plan.contains("先把用这个号码收验证码的账户改到新号码"))
        #expect(plan.contains("注销（销户） › 香港（+852） › csl"))
        try tmux.keys("l")
        #expect(tmux.waitFor("Your plan").contains("First move every account"))
        try tmux.keys("q")
        tmux.waitFor("Quit now?")
        try tmux.keys("y")
        let after = tmux.finished()
        #expect(after.contains("rc=0"))
        #expect(after.contains("icanon echo"), "terminal not restored: \(after)")
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
        tmux.waitFor("y 退出")
        try tmux.keys("y")
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
        kill.arguments = ["pkill", "-TERM", "-f", "^\(binary) --lang en"]
        try kill.run()
        kill.waitUntilExit()
        let terminated = tmux.finished()
        #expect(terminated.contains("rc=143"))
        #expect(terminated.contains("icanon echo"), "after SIGTERM: \(terminated)")
    }

    @Test func anUnknownTerminalFallsBackToLineMode() throws {
        let tmux = try TmuxSession(columns: 80, rows: 24)
        try tmux.type("TERM=no-such-terminal \(binary) --lang en\(afterwards)")
        let screen = tmux.waitFor("type a number to choose")
        #expect(screen.contains("full screen unavailable"))
        #expect(screen.contains("1) Cancel the line"))
        try tmux.type("q")
        #expect(tmux.finished().contains("rc=0"))
    }
}
